/**
 * The audit trail of service files: every change with who made it, when, what it changed, and the
 * state before and after. Entries are only ever added; nothing updates or deletes them.
 */
package org.projectdesk.audit;
