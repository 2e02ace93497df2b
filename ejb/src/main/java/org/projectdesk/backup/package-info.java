/**
 * Backups of the embedded default: the H2 database and the upload folder's files in one zip, taken
 * while the application runs, listed, downloaded and kept to the last few. On PostgreSQL the
 * database's own tools back up (pg_dump, see the README), so this feature refuses there.
 */
package org.projectdesk.backup;
