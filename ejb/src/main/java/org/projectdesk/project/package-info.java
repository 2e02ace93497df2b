/**
 * The project itself (its 代理协调服务档案 record): the enterprise behind it, its codes, town, land,
 * the coordination officer who answers for it and every handover, its status from acceptance to
 * construction, and who may see it ({@link org.projectdesk.project.boundary.VisibleProjects}, the one
 * way other features find a project by its file number). It depends only on security and shared;
 * the service file that puts a project together with its plan is the {@code servicefile} feature.
 */
package org.projectdesk.project;
