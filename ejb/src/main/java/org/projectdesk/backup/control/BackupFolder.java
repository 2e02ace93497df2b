package org.projectdesk.backup.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.projectdesk.shared.control.Settings;
import org.projectdesk.shared.control.UploadStore;

/**
 * The backup folder ({@code PROJECTDESK_BACKUP_DIR}, by default {@code backups} in the data folder) and
 * the one way a backup of the embedded database is made: {@code projectdesk-<yyyyMMdd-HHmmss-SSS>.zip}
 * holding the H2 database file at its root and the uploads under {@code uploads/files/}, so that
 * unzipping it into an empty data folder gives the default layout.
 *
 * <p>Consistency: H2's {@code BACKUP TO} copies the database online as of one moment, with no table
 * locked. The upload files are copied <em>after</em> that moment. An upload's file is renamed into
 * {@code files/} before its row commits, and files are never deleted once their row has committed;
 * so every row in the snapshot committed before it, and its file was already there and still is when
 * the copy reads it. An upload arriving during the backup may add a file no row of the snapshot names:
 * harmless, as downloads go through the rows. Copying the files first would be wrong: a row committed
 * between the copy and the snapshot would be restored without its file.
 */
@ApplicationScoped
public class BackupFolder {

    private static final Logger LOG = Logger.getLogger(BackupFolder.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern NAME = Pattern.compile("projectdesk-(\\d{8}-\\d{6}-\\d{3})\\.zip");
    static final String UPLOADS = "uploads/files/";

    @Resource(lookup = "java:jboss/datasources/ProjectDeskNonJtaDS")
    DataSource dataSource;

    /** A backup file: its name, size and when it was taken. */
    public record Archive(String name, long size, LocalDateTime takenAt) {
    }

    public static Path folder() {
        return Settings.get("projectdesk.backup.dir").map(Path::of).orElseGet(() -> Path.of(Settings.get(
                "projectdesk.data.dir", System.getProperty("user.home") + "/.projectdesk")).resolve("backups"));
    }

    /** How many backups are kept: older ones are deleted after each new one. */
    public static int keep() {
        return Math.max(1, Settings.getInt("projectdesk.backup.keep", 7));
    }

    /**
     * Takes a backup stamped {@code at} and deletes the oldest beyond {@link #keep()}. One at a time: a
     * second request waits for the first and then takes its own.
     */
    public synchronized Archive take(LocalDateTime at) {
        Path folder = folder();
        String name = "projectdesk-" + STAMP.format(at) + ".zip";
        Path snapshot = folder.resolve(".snapshot-" + UUID.randomUUID() + ".zip");
        Path partial = folder.resolve("." + name + ".part");
        try {
            Files.createDirectories(folder);
            snapshotDatabase(snapshot);
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                copyEntries(snapshot, zip);
                int files = copyUploads(zip);
                LOG.info(() -> "Backup " + name + ": the database and " + files + " uploaded files");
            }
            Path target = folder.resolve(name);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            prune();
            return archive(target).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the backup " + name + " in " + folder, e);
        } finally {
            delete(snapshot);
            delete(partial);
        }
    }

    /** The backups in the folder, newest first. */
    public List<Archive> list() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Archive> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "projectdesk-*.zip")) {
            files.forEach(file -> archive(file).ifPresent(found::add));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the backups in " + folder, e);
        }
        found.sort(Comparator.comparing(Archive::takenAt).reversed());
        return found;
    }

    /** The backup's file, if {@code name} is one of the folder's backups (never a path elsewhere). */
    public Optional<Path> find(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = folder().resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private void snapshotDatabase(Path snapshot) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + snapshot.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("H2 could not back up the database: " + e.getMessage(), e);
        }
    }

    private static void copyEntries(Path snapshot, ZipOutputStream zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(snapshot))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
    }

    /** Every file under files/ (tmp/ holds only uploads still arriving); returns how many. */
    private static int copyUploads(ZipOutputStream zip) throws IOException {
        Path files = UploadStore.folder().resolve("files");
        if (!Files.isDirectory(files)) {
            return 0;
        }
        int copied = 0;
        try (DirectoryStream<Path> stored = Files.newDirectoryStream(files)) {
            for (Path file : stored) {
                InputStream content;
                try {
                    content = Files.newInputStream(file);
                } catch (NoSuchFileException e) {
                    // An upload listed while its transaction rolled back: its row never committed.
                    continue;
                }
                try (content) {
                    zip.putNextEntry(new ZipEntry(UPLOADS + file.getFileName()));
                    content.transferTo(zip);
                    zip.closeEntry();
                    copied++;
                }
            }
        }
        return copied;
    }

    private void prune() {
        List<Archive> all = list();
        for (Archive old : all.subList(Math.min(keep(), all.size()), all.size())) {
            delete(folder().resolve(old.name()));
            LOG.info(() -> "Backup " + old.name() + " deleted: only the last " + keep() + " are kept");
        }
    }

    private static Optional<Archive> archive(Path file) {
        var matcher = NAME.matcher(file.getFileName().toString());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Archive(file.getFileName().toString(), Files.size(file),
                    LocalDateTime.parse(matcher.group(1), STAMP)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete " + file, e);
        }
    }
}
