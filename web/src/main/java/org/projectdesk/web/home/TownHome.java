package org.projectdesk.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.projectdesk.acceptance.boundary.AcceptanceFilter;
import org.projectdesk.acceptance.boundary.Acceptances;
import org.projectdesk.acceptance.entity.AcceptanceStatus;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.referral.boundary.ReferralFilter;
import org.projectdesk.referral.boundary.ReferralPage;
import org.projectdesk.referral.boundary.Referrals;
import org.projectdesk.referral.entity.ReferralStatus;
import org.projectdesk.servicefile.boundary.ProjectFilter;
import org.projectdesk.servicefile.boundary.ProjectLists;
import org.projectdesk.servicefile.boundary.ProjectPage;
import org.projectdesk.servicefile.boundary.ProjectSummary;
import org.projectdesk.supervision.entity.Light;

/**
 * A town's staff's first screen: its referrals (waiting, and the latest decided with the file or the
 * reason), its town's projects (in approval, started, and the red ones by name), and its completion
 * acceptances in rectification, where the town's pledges stand. The boundaries narrow every figure to
 * the caller's town; this bean only asks and counts.
 */
@Named
@RequestScoped
public class TownHome {

    static final int SHOWN = 5;

    @EJB
    ProjectLists projects;

    @EJB
    Referrals referrals;

    @EJB
    Acceptances acceptances;

    private ProjectPage red;
    private ReferralPage latestReferrals;

    public long getProjects() {
        return projects(ProjectFilter.ALL, 1).total();
    }

    public long getInApproval() {
        return projects(new ProjectFilter(ProjectStatus.IN_APPROVAL, null, null, null, null, false, null, null), 1).total();
    }

    public long getStarted() {
        return projects(new ProjectFilter(ProjectStatus.CONSTRUCTION_STARTED, null, null, null, null, false, null, null), 1).total();
    }

    /** The town's projects lit red by the last time-limit scan, the first few of them by name. */
    public ProjectPage getRed() {
        if (red == null) {
            red = projects(new ProjectFilter(null, null, null, null, null, false, null, Light.RED), SHOWN);
        }
        return red;
    }

    public List<ProjectSummary> getRedShown() {
        return getRed().items();
    }

    public long getWaitingReferrals() {
        return referrals.list(new ReferralFilter(ReferralStatus.WAITING, null), 0, 1).total();
    }

    /** Waiting referrals first, the most urgent first, then the latest decided. */
    public ReferralPage getLatestReferrals() {
        if (latestReferrals == null) {
            latestReferrals = referrals.list(ReferralFilter.ALL, 0, SHOWN);
        }
        return latestReferrals;
    }

    public long getRectifying() {
        return acceptances.list(new AcceptanceFilter(AcceptanceStatus.RECTIFYING, null, null, null), 0, 1).total();
    }

    private ProjectPage projects(ProjectFilter filter, int size) {
        return projects.list(filter, 0, size, null, false);
    }
}
