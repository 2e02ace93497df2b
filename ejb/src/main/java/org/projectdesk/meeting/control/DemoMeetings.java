package org.projectdesk.meeting.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.meeting.boundary.OpinionRecorded;
import org.projectdesk.meeting.entity.Attendance;
import org.projectdesk.meeting.entity.Invitation;
import org.projectdesk.meeting.entity.Meeting;
import org.projectdesk.meeting.entity.Verdict;
import org.projectdesk.project.entity.Project;

/**
 * Two meetings for the demo projects, so that the meeting pages, the calendar and the service
 * files' one-time notifications have something real to show: a closed one that reviewed the two
 * newest industrial projects, with every department's opinion, and one scheduled for the next
 * working day for the project still waiting for its pre-review. Its opinions are announced as the
 * meeting page's are ({@link OpinionRecorded}), so the notifications follow them. Created once, with
 * the demo projects.
 */
@Startup
@Singleton
@DependsOn("DemoProjects")
@RunAs("OFFICER")
@PermitAll
public class DemoMeetings {

    private static final Logger LOG = Logger.getLogger(DemoMeetings.class.getName());
    private static final String PLACE = "行政服务中心三楼联办会议室";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<OpinionRecorded> opinionRecorded;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    @PostConstruct
    void create() {
        Optional<Project> textile = project("四甲镇纺织产业园标准厂房");
        Optional<Project> smart = project("中天智能装备产业园");
        Optional<Project> optics = project("春戈光电海门项目");
        if (textile.isEmpty() || smart.isEmpty() || optics.isEmpty()
                || em.createQuery("select count(m) from Meeting m", Long.class).getSingleResult() > 0) {
            return;
        }
        LocalDateTime held = LocalDateTime.of(2026, 11, 12, 14, 30);
        Meeting reviewed = new Meeting(held, null, PLACE, List.of(textile.get().getId(), smart.get().getId()),
                departments(textile.get(), smart.get()), "officer2", clock.instant());
        em.persist(reviewed);
        for (Invitation invitation : reviewed.getInvitations()) {
            String department = invitation.getDepartmentCode();
            reviewed.recordAttendance(department, Attendance.PRESENT, department + " 窗口负责人");
            for (Project p : List.of(textile.get(), smart.get())) {
                boolean conditions = department.equals("LAND") || department.equals("FIRE");
                reviewed.recordOpinion(p.getId(), department, conditions ? Verdict.FEASIBLE_WITH_CONDITIONS : Verdict.FEASIBLE,
                        department.equals("LAND") ? List.of("用地红线图", "项目备案（核准）文件")
                                : department.equals("FIRE") ? List.of("消防设计专篇") : List.of(),
                        "并联审批，窗口代办", conditions ? "按预审意见补齐材料后受理" : null, "officer2", clock.instant());
            }
        }
        reviewed.close("会议纪要：两个项目各部门均认为可行（国土、消防部门附条件），一次性告知所需材料，项目服务办公室代办报批。",
                "director", clock.instant(), held.plusHours(2), id -> String.valueOf(id));
        LocalDate next = calendar.addWorkingDays(LocalDate.now(clock), 1);
        em.persist(new Meeting(next.atTime(LocalTime.of(9, 30)), null, PLACE, List.of(optics.get().getId()),
                departments(optics.get()), "officer2", clock.instant()));
        em.flush();
        reviewed.getOpinions().forEach(o -> opinionRecorded.fire(new OpinionRecorded(o.getProjectId(), reviewed.getId(),
                reviewed.getKind(), o.getDepartmentCode())));
        LOG.info("Created the demo meetings");
    }

    private Optional<Project> project(String name) {
        return em.createQuery("select p from Project p where p.name = :name", Project.class).setParameter("name", name)
                .getResultList().stream().findFirst();
    }

    private List<String> departments(Project... projects) {
        return em.createQuery("select distinct m.departmentCode from Matter m where m.projectId in :ids and m.status <> :dropped"
                        + " order by m.departmentCode", String.class)
                .setParameter("ids", java.util.Arrays.stream(projects).map(Project::getId).toList())
                .setParameter("dropped", MatterStatus.DROPPED).getResultList();
    }
}
