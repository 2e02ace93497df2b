/**
 * Joint pre-review meetings (联办预审会议) and what follows from them: the office schedules a meeting
 * for one or more projects and invites the departments their plans involve, records each
 * department's attendance and its opinion on each project, and closes it with the minutes (or moves
 * or cancels it); a project's pre-review is due a configured number of working days after intake.
 * The opinions and the catalogue's materials make the project's one-time notification (一次性告知),
 * one item per material, tracked until received; a matter waits for its outstanding items unless the
 * office records a partial-materials acceptance (容缺受理). Reminders and the closing and cancelling
 * notices go out through the supervision feature's inbox. Owns the tables {@code pre_review_meeting},
 * {@code meeting_*}, {@code opinion_material}, {@code required_material*} and
 * {@code partial_acceptance}.
 */
package org.projectdesk.meeting;
