package org.projectdesk.coordination.boundary;

import org.projectdesk.coordination.entity.ProblemStatus;

/** What a problem list keeps: a status, a responsible department, a project (each null: any). */
public record ProblemFilter(ProblemStatus status, String department, String fileNo) {

    public static final ProblemFilter ALL = new ProblemFilter(null, null, null);
}
