/**
 * Approval matters: one category of the catalogue for one project, from planning through
 * acceptance, review, suspension and decision, with its due dates on the working-day calendar; and
 * the approval plan that schedules a project's matters in parallel where their prerequisites allow.
 *
 * <p>The one-time notification depends on this feature, never the reverse: a category added to or
 * dropped from a plan is announced ({@code boundary.PlanChanged}), and what outstanding materials hold
 * a matter back is asked through {@code boundary.OutstandingMaterials}, which the notification answers.
 */
package org.projectdesk.approval;
