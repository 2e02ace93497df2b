/**
 * What an operator's load balancer and monitor read: the readiness checks (served on the management
 * interface at {@code /health/ready} by the health deployment beside the EAR, which calls these
 * beans by their global JNDI names) and the gauges of the server's
 * Micrometer registry that no single event updates (served at {@code /metrics} for Prometheus). Owns
 * no data and no rule: each check and gauge is a thin adapter over a boundary or control of the
 * feature that owns the thing watched (the database, the scheduler, the mail outbox, the calendar).
 */
package org.projectdesk.operations;
