/**
 * Approval matters: one category of the catalogue for one project, from planning through
 * acceptance, review, suspension and decision, with its due dates on the working-day calendar; and
 * the approval plan that schedules a project's matters in parallel where their prerequisites allow.
 */
package org.projectdesk.approval;
