package org.projectdesk.approval.boundary;

import java.time.LocalDate;
import java.util.List;
import org.projectdesk.approval.entity.Matter;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.approval.entity.Suspension;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.catalogue.entity.CaseType;
import org.projectdesk.supervision.boundary.MatterLight;
import org.projectdesk.supervision.entity.Light;

/**
 * One matter of a service file as pages and the API show it. {@code provisional} names the dates
 * counted in working days through a year without its official holiday schedule (of dueOn,
 * statutoryDueOn, plannedStart, plannedFinish): they may still move when the schedule is imported.
 * Recorded dates (accepted, decided, the external due date typed in) are never provisional.
 * {@code steps} are the steps the matter's state allows now ({@link Matter#allowedSteps}).
 */
public record MatterView(String categoryCode, String categoryName, String departmentCode, MatterStatus status,
        CaseType caseType, LocalDate acceptedOn, LocalDate dueOn, LocalDate statutoryDueOn, LocalDate externalDueOn,
        int promisedDays, int statutoryDays, int greenChannelDays, LocalDate plannedStart, LocalDate plannedFinish,
        LocalDate approvedOn, LocalDate decidedOn, String documentNo, String returnReasons, List<String> prerequisites,
        List<SuspensionView> suspensions, boolean filedByAgent, boolean critical, long version, int limitDays,
        boolean greenChannel, boolean simulatable, Approval approval, String simulatedDocumentNo,
        LocalDate simulatedOn, String simulatedConditions, String riskPledge, LocalDate haltedOn, String haltedReason,
        boolean conversionOverdue, Light light, Integer remainingWorkingDays, boolean statutoryOverdue,
        List<String> provisional, List<MatterEvent.Type> steps) {

    /**
     * Over the fields that name it only, for the reason
     * {@link org.projectdesk.servicefile.boundary.ServiceFileView#hashCode()} gives.
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(categoryCode, version);
    }

    /** Whether the matter's approval is simulated (模拟审批, awaiting conversion) or formal. */
    public enum Approval {
        SIMULATED,
        FORMAL
    }

    /** A stop of the clock as GB/T 39046 records it. */
    public record SuspensionView(String kind, int type, LocalDate start, String reason, LocalDate end, String result) {
    }

    public static MatterView of(Matter m, boolean critical, MatterLight light, WorkingDayCalendar calendar) {
        return new MatterView(m.getCategoryCode(), m.getCategoryName(), m.getDepartmentCode(), m.getStatus(),
                m.getCaseType(), m.getAcceptedOn(), m.getDueOn(), m.getStatutoryDueOn(), m.getExternalDueOn(),
                m.getPromisedDays(), m.getStatutoryDays(), m.getGreenChannelDays(), m.getPlannedStart(),
                m.getPlannedFinish(), m.getStatus() == MatterStatus.APPROVED ? m.getDecidedOn() : null, m.getDecidedOn(),
                m.getDocumentNo(), m.getReturnReasons(), m.getPrerequisites(),
                m.getSuspensions().stream().map(MatterView::suspension).toList(), m.isFiledByAgent(), critical,
                m.getVersion(), m.limitDays(), m.isGreenChannel(), m.isSimulatable(), approval(m),
                m.getSimulatedDocumentNo(), m.getSimulatedOn(), m.getSimulatedConditions(), m.getRiskPledge(),
                m.getHaltedOn(), m.getHaltedReason(), m.isConversionOverdue(), light.light(),
                light.remainingWorkingDays(), light.statutoryOverdue(), calendar.provisionalDates()
                        .check("dueOn", m.getDueOn()).check("statutoryDueOn", m.getStatutoryDueOn())
                        .check("plannedStart", m.getPlannedStart()).check("plannedFinish", m.getPlannedFinish()).names(),
                m.allowedSteps().stream().map(MatterEvent.Type::of).toList());
    }

    private static Approval approval(Matter m) {
        return switch (m.getStatus()) {
            case SIMULATED -> Approval.SIMULATED;
            case APPROVED -> Approval.FORMAL;
            default -> null;
        };
    }

    private static SuspensionView suspension(Suspension s) {
        return new SuspensionView(s.getKind().name(), s.getProcedureType(), s.getStartedOn(), s.getReason(),
                s.getEndedOn(), s.getResult());
    }
}
