/**
 * Quartz on the application database: a JDBC job store (clusterable by one setting), jobs built by
 * CDI and run on container-managed threads, and triggers reconciled with each job's configured
 * schedule at every start. Jobs are thin adapters: a CDI bean implementing {@link org.quartz.Job},
 * annotated with {@link org.projectdesk.scheduling.control.ScheduledJob}, that calls a boundary.
 */
package org.projectdesk.scheduling;
