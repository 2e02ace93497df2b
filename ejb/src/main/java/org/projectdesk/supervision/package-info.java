/**
 * E-supervision (电子监察): the time-limit scan that keeps every running matter's light (green,
 * yellow, red) and each project's, the escalation each change of light sends (reminder to the
 * department and the officer, supervision notice to the director, the leadership when red lasts),
 * the inbox and e-mail those notices go through, the officers' daily digest, and the supervision
 * board of lights and on-time rates. The scan is set-based SQL over the working-day ordinals, run
 * by Quartz on one node at a time. Every other feature's notices (meetings, problems, complaints)
 * are written through one boundary, {@code Notices.send}, under the same rules as the scan's.
 */
package org.projectdesk.supervision;
