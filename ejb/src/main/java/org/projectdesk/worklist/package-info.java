/**
 * Work queues (我的待办): what each kind of user comes to do, counted and listed on their home page. An
 * officer's matters on yellow or red, materials uploaded and waiting to be checked, meetings this week
 * and problems on their projects; a department window's pending matters, invitations, opinions still to
 * give and acceptance items to sign; the director's green-channel proposals, complaints, red matters and
 * escalated problems. Owns no table: every queue is one aggregate count and one short, ordered list read
 * from the other features' tables by projection ({@code control.QueueQueries}), narrowed by the
 * caller ({@code security.boundary.CallerScope}).
 */
package org.projectdesk.worklist;
