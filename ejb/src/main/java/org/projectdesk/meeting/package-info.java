/**
 * Joint pre-review meetings (联办预审会议): the office schedules a meeting for one or more projects and
 * invites the departments their plans involve, records each department's attendance and its opinion
 * on each project (the verdict, the materials it requires, procedures, notes), and closes it with the
 * minutes (or moves or cancels it); a project's pre-review is due a configured number of working days
 * after intake. Reminders and the closing and cancelling notices go out through the supervision
 * feature's inbox. Owns the tables {@code pre_review_meeting}, {@code meeting_*} and
 * {@code opinion_material}.
 *
 * <p>Dependencies run one way: the one-time notification ({@code notification}) depends on this
 * feature, never the reverse. A recorded opinion and a cancelled meeting are announced as events in
 * the same transaction ({@code boundary.OpinionRecorded}, {@code boundary.MeetingCancelled}); this
 * feature does not know who follows them.
 */
package org.projectdesk.meeting;
