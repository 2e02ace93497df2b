package org.projectdesk.web.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.projectdesk.scheduling.boundary.JobRunView;
import org.projectdesk.scheduling.boundary.JobView;
import org.projectdesk.scheduling.boundary.Jobs;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StaleVersion;
import org.projectdesk.supervision.boundary.Supervision;
import org.projectdesk.supervision.entity.SupervisionSettings;
import org.projectdesk.web.shell.Messages;

/** The scheduled jobs (schedule, next and last run, outcome; run now, pause, resume, reschedule) and the supervision thresholds. */
@Named
@ViewScoped
public class JobsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Jobs jobs;

    @EJB
    Supervision supervision;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    private List<JobView> list;
    private String editedJob;
    private String cron;
    private int yellowDays;
    private int yellowPercent;
    private int leadershipAfterDays;
    private int greenWindowFrom;
    private int greenWindowTo;
    private int conversionDays;
    private long settingsVersion;

    @PostConstruct
    void load() {
        list = jobs.list();
        SupervisionSettings s = supervision.settings();
        yellowDays = s.getYellowDays();
        yellowPercent = s.getYellowPercent();
        leadershipAfterDays = s.getLeadershipAfterDays();
        greenWindowFrom = s.getGreenWindowFrom();
        greenWindowTo = s.getGreenWindowTo();
        conversionDays = s.getConversionDays();
        settingsVersion = s.getVersion();
    }

    public void runNow(String job) {
        JobRunView run = jobs.runNow(job);
        String label = messages.text("jobs.job." + job);
        info(run == null ? messages.format("jobs.stillRunning", label)
                : messages.format("jobs.ran", label, messages.text("jobs.outcome." + run.outcome()), run.durationMillis()));
        list = jobs.list();
    }

    /** The schedule as people say it; an expression without words is shown as it is. */
    public String inWords(String cron) {
        return CronWords.describe(cron, messages.bundle()).orElse(cron);
    }

    public String expression(String cron) {
        return messages.format("jobs.cronRaw", cron);
    }

    public void pause(String job) {
        jobs.pause(job);
        list = jobs.list();
    }

    public void resume(String job) {
        jobs.resume(job);
        list = jobs.list();
    }

    public void edit(JobView job) {
        editedJob = job.name();
        cron = job.cron();
    }

    public void reschedule() {
        try {
            jobs.reschedule(editedJob, cron);
            info(messages.format("jobs.rescheduled", messages.text("jobs.job." + editedJob), inWords(cron)));
            list = jobs.list();
        } catch (RuleViolation e) {
            refuse(e.message(faces.getViewRoot().getLocale()));
        }
    }

    public void saveSettings() {
        try {
            supervision.changeSettings(settingsVersion, yellowDays, yellowPercent, leadershipAfterDays, greenWindowFrom,
                    greenWindowTo, conversionDays);
            info(messages.text("jobs.settingsSaved"));
            load();
        } catch (RuleViolation e) {
            refuse(e.message(faces.getViewRoot().getLocale()));
        } catch (StaleVersion e) {
            refuse(messages.text("record.stale"));
            load();
        }
    }

    private void info(String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private void refuse(String text) {
        faces.validationFailed();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public List<JobView> getList() {
        return list;
    }

    public String getEditedJob() {
        return editedJob;
    }

    public String getCron() {
        return cron;
    }

    public void setCron(String cron) {
        this.cron = cron;
    }

    public int getYellowDays() {
        return yellowDays;
    }

    public void setYellowDays(int yellowDays) {
        this.yellowDays = yellowDays;
    }

    public int getYellowPercent() {
        return yellowPercent;
    }

    public void setYellowPercent(int yellowPercent) {
        this.yellowPercent = yellowPercent;
    }

    public int getLeadershipAfterDays() {
        return leadershipAfterDays;
    }

    public void setLeadershipAfterDays(int leadershipAfterDays) {
        this.leadershipAfterDays = leadershipAfterDays;
    }

    public int getGreenWindowFrom() {
        return greenWindowFrom;
    }

    public void setGreenWindowFrom(int greenWindowFrom) {
        this.greenWindowFrom = greenWindowFrom;
    }

    public int getGreenWindowTo() {
        return greenWindowTo;
    }

    public void setGreenWindowTo(int greenWindowTo) {
        this.greenWindowTo = greenWindowTo;
    }

    public int getConversionDays() {
        return conversionDays;
    }

    public void setConversionDays(int conversionDays) {
        this.conversionDays = conversionDays;
    }
}
