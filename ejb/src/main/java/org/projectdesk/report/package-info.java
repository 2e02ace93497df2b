/**
 * The leadership's weekly progress report (重大项目推进周报): per ISO week, the projects taken in, in
 * approval and complete, the green-channel projects against their window, each department's on-time
 * rate, the meetings, visits, extended services and coordination problems, the riskiest projects in
 * progress, and each count's change from the week before. A past week's report is made once (by the
 * Monday job or on a leader's demand) and never changed; the week in progress is computed afresh.
 * The figures are a pure function of the data, read as plain rows, so both ways give the same
 * numbers. Owns the table {@code weekly_report}; the page and its CSV, XLSX and PDF exports are in
 * the web module.
 */
package org.projectdesk.report;
