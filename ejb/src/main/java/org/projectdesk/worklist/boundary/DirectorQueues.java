package org.projectdesk.worklist.boundary;

/** The director's work: green-channel proposals to decide, complaints to answer, red matters, escalated problems. */
public record DirectorQueues(WorkQueue proposals, WorkQueue complaints, WorkQueue red, WorkQueue escalated) {
}
