/**
 * Coordination outside the approvals: on-site guidance visits (上门指导) to enterprises, with the
 * staff and departments present, the issues raised and the follow-up actions; and coordination
 * problems (难题) raised on a project, owned by responsible departments, due in working days, and
 * watched by the time-limit scan like the matters are. Owns the tables {@code site_visit*} and
 * {@code coordination_problem*}; the counts per period feed the leadership report.
 */
package org.projectdesk.coordination;
