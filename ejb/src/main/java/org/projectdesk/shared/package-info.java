/**
 * What every feature stands on: settings read from the environment, the database and its
 * migrations, CSV files read and written the one way (the imports, the exports), list filters
 * ({@link org.projectdesk.shared.control.QueryFilter}), the rule every dated step follows
 * ({@link org.projectdesk.shared.control.StepDate}), and the exceptions that carry a rule violation
 * or a missing record to the boundary.
 */
package org.projectdesk.shared;
