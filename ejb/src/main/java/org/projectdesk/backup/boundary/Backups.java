package org.projectdesk.backup.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;
import org.projectdesk.backup.control.BackupFolder;
import org.projectdesk.backup.control.BackupFolder.Archive;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.Database;
import org.projectdesk.shared.control.DatabaseKind;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.RuleViolation;

/**
 * The administrators' backups of the embedded database with the uploads. Outside any transaction: the
 * database copies itself as of one moment and the files are read after it (see {@link BackupFolder}).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());

    @Inject
    BackupFolder folder;

    @Inject
    Database database;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Takes a backup now; on PostgreSQL refused (422 {@code database}): pg_dump backs it up, as the README says. */
    public Archive take() {
        if (database.kind() != DatabaseKind.H2) {
            throw new RuleViolation("database", "backup.notEmbedded");
        }
        Archive taken = folder.take(LocalDateTime.now(clock));
        LOG.info(() -> "Backup " + taken.name() + " taken by " + session.getCallerPrincipal().getName());
        return taken;
    }

    /** The backups kept, newest first. */
    public List<Archive> list() {
        return folder.list();
    }

    /** The file of one backup, for its download. */
    public Path download(String name) {
        return folder.find(name).orElseThrow(() -> new NotFound("No backup " + name));
    }
}
