/**
 * The service file of each major project under the office's guarantee: intake through the single
 * window (the approval plan scheduled from the catalogue in force), the file as officers, windows,
 * leaders and investors read it (plan, projected finish, green-channel window, light, history),
 * officer assignment and handover, construction tracking, the project list with its search and the
 * officers' caseloads, and the ledger import and export. It sits on top of project, approval,
 * greenchannel and supervision and is used only by portal and the pages.
 */
package org.projectdesk.servicefile;
