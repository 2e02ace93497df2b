package org.projectdesk.approval.boundary;

import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.projectdesk.approval.entity.MatterStep;
import org.projectdesk.catalogue.entity.CaseType;

/**
 * A step in a matter's life, as a window or an officer records it: one record a step, with what that
 * step takes. {@code on} is the day it happened; {@code version} (optional) is the matter's version
 * as read, for a stale-edit check. In JSON the step's {@link Type} is the member {@code type}:
 * {@code {"type":"ACCEPT","on":"2026-06-02","caseType":"FORWARDED","externalDueOn":"2026-07-01"}}.
 */
@JsonbTypeInfo(key = "type", value = {
        @JsonbSubtype(alias = "PREPARE_MATERIALS", type = MatterEvent.PrepareMaterials.class),
        @JsonbSubtype(alias = "ACCEPT", type = MatterEvent.Accept.class),
        @JsonbSubtype(alias = "START_REVIEW", type = MatterEvent.StartReview.class),
        @JsonbSubtype(alias = "REQUEST_SUPPLEMENT", type = MatterEvent.RequestSupplement.class),
        @JsonbSubtype(alias = "SUPPLEMENT_COMPLETE", type = MatterEvent.SupplementComplete.class),
        @JsonbSubtype(alias = "SUSPEND", type = MatterEvent.Suspend.class),
        @JsonbSubtype(alias = "RESUME", type = MatterEvent.Resume.class),
        @JsonbSubtype(alias = "APPROVE", type = MatterEvent.Approve.class),
        @JsonbSubtype(alias = "RETURN", type = MatterEvent.Return.class),
        @JsonbSubtype(alias = "DROP", type = MatterEvent.Drop.class),
        @JsonbSubtype(alias = "ISSUE_SIMULATED", type = MatterEvent.IssueSimulated.class),
        @JsonbSubtype(alias = "CONVERT_SIMULATED", type = MatterEvent.ConvertSimulated.class),
        @JsonbSubtype(alias = "HALT", type = MatterEvent.Halt.class)})
public sealed interface MatterEvent {

    /** The kind of step, as the audit trail names it and the JSON's {@code type} says it, with its record. */
    enum Type {
        PREPARE_MATERIALS(PrepareMaterials.class), ACCEPT(Accept.class), START_REVIEW(StartReview.class),
        REQUEST_SUPPLEMENT(RequestSupplement.class), SUPPLEMENT_COMPLETE(SupplementComplete.class), SUSPEND(Suspend.class),
        RESUME(Resume.class), APPROVE(Approve.class), RETURN(Return.class), DROP(Drop.class),
        ISSUE_SIMULATED(IssueSimulated.class), CONVERT_SIMULATED(ConvertSimulated.class), HALT(Halt.class);

        private final Class<? extends MatterEvent> step;

        Type(Class<? extends MatterEvent> step) {
            this.step = step;
        }

        /** The matter's own step of the same name. */
        public MatterStep step() {
            return MatterStep.valueOf(name());
        }

        /** What the step takes besides its day and the version read: its record's other components, in order. */
        public List<String> fields() {
            return Arrays.stream(step.getRecordComponents()).map(RecordComponent::getName)
                    .filter(name -> !name.equals("on") && !name.equals("version")).toList();
        }

        /** The step of the matter's own step. */
        public static Type of(MatterStep step) {
            return valueOf(step.name());
        }
    }

    /** Which step this is. */
    default Type type() {
        return Arrays.stream(Type.values()).filter(t -> t.step == getClass()).findFirst().orElseThrow();
    }

    LocalDate on();

    Long version();

    record PrepareMaterials(LocalDate on, Long version) implements MatterEvent {
    }

    /**
     * 受理. {@code caseType} overrides the category's default; {@code byAgent} is false when the
     * investor filed it (a department window's acceptance is never by the office's agent);
     * {@code externalDueOn} is the higher authority's due date of a forwarded matter.
     */
    record Accept(LocalDate on, Long version, CaseType caseType, Boolean byAgent, LocalDate externalDueOn)
            implements MatterEvent {
    }

    record StartReview(LocalDate on, Long version) implements MatterEvent {
    }

    /** 补正: every missing material at once. */
    record RequestSupplement(LocalDate on, Long version, List<String> materials) implements MatterEvent {
    }

    record SupplementComplete(LocalDate on, Long version) implements MatterEvent {
    }

    /** A §45 special procedure: {@code procedureType} 1 or 2 (2 when not given), with the reason. */
    record Suspend(LocalDate on, Long version, Integer procedureType, String reason) implements MatterEvent {
    }

    /** The special procedure is over, with its result. */
    record Resume(LocalDate on, Long version, String result) implements MatterEvent {
    }

    record Approve(LocalDate on, Long version, String documentNo) implements MatterEvent {
    }

    /** 退回, with the reasons for the applicant. */
    record Return(LocalDate on, Long version, String reason) implements MatterEvent {
    }

    /** Taken out of the plan, with the reason; {@code on} is only noted in the history. */
    record Drop(LocalDate on, Long version, String reason) implements MatterEvent {
    }

    /** 模拟审批: the simulated document's number, its conditions and the investor's pledge. */
    record IssueSimulated(LocalDate on, Long version, String documentNo, String conditions, String pledge)
            implements MatterEvent {
    }

    /** The simulated approval becomes the formal one, with the formal number. */
    record ConvertSimulated(LocalDate on, Long version, String documentNo) implements MatterEvent {
    }

    /** The pledge behind a simulated approval is broken: halted, with the reason. */
    record Halt(LocalDate on, Long version, String reason) implements MatterEvent {
    }
}
