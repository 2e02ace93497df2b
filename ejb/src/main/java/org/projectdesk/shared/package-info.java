/**
 * What every feature stands on: settings read from the environment, the database and its
 * migrations, the exceptions that carry a rule violation or a missing record to the boundary, and the
 * rule every dated step follows ({@link org.projectdesk.shared.control.StepDate}).
 */
package org.projectdesk.shared;
