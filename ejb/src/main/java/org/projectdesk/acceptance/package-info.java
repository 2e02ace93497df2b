/**
 * Joint completion acceptance (建设工程联合竣工验收), the second half of the Haimen model: the builder
 * applies once to the centre; the items that apply (config/acceptance/items.csv: each department's
 * part, its check items, some safety- or quality-critical, and materials) make one combined form and
 * one list of materials told once; the acceptance group pre-reviews it and inspects on site once (both
 * meetings of their own kind, so invitations, reminders and .ics come from the meeting feature); each
 * department's window signs its items' verdicts; failed items are rectified and re-inspected alone;
 * paperwork shortfalls may pass on the builder's and the town's pledges; the joint opinion approves the
 * catalogue matters it stands for. Every time limit is a row of {@code acceptance_deadline}, which the
 * time-limit scan lights. Owns the tables {@code acceptance_*}.
 *
 * <p>Dependencies run one way: this feature calls the meeting, approval (the opinion decides matters)
 * and project boundaries and follows the meetings' events; none of them imports anything of this one.
 */
package org.projectdesk.acceptance;
