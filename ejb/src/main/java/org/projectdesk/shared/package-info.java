/**
 * What every feature stands on: settings read from the environment, the database and its
 * migrations, CSV files read and written the one way (the imports, the exports), list filters
 * ({@link org.projectdesk.shared.control.QueryFilter}), the rule every dated step follows
 * ({@link org.projectdesk.shared.control.StepDate}), the exceptions that carry a rule violation
 * or a missing record to the boundary, and files handed in (an investor's material, evidence of a
 * finding put right, a referral's attachment): stored under the upload folder with the transaction
 * ({@link org.projectdesk.shared.control.UploadStore}), kept in their rows as a
 * {@link org.projectdesk.shared.entity.StoredFile}.
 */
package org.projectdesk.shared;
