/**
 * The investor portal: what an investor does with their own enterprise's projects beyond reading
 * them — materials uploaded against the one-time notification's items (content in files under the
 * data folder, the checksum in the database), the rating of the service once the approvals are
 * complete, and performance complaints (效能投诉) that the director answers. Every call is scoped
 * through the service files: another enterprise's project is not found.
 */
package org.projectdesk.portal;
