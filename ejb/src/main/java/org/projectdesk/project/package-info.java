/**
 * The service file (代理协调服务档案) of each major project: the enterprise behind it, the intake
 * through one window, the coordination officer who answers for it and every handover, and the
 * project's status from acceptance to construction.
 */
package org.projectdesk.project;
