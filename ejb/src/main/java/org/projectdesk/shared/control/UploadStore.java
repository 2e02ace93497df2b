package org.projectdesk.shared.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.projectdesk.shared.entity.DocumentType;
import org.projectdesk.shared.entity.StoredFile;

/**
 * Uploaded materials on disk, outside the database: {@code <folder>/files/<random name>}, where the
 * folder is {@code PROJECTDESK_UPLOAD_DIR}, by default {@code uploads} in the data folder
 * ({@code PROJECTDESK_DATA_DIR}, {@code ~/.projectdesk}).
 *
 * <p>A file and its row come and go together. The content is streamed into {@code tmp/} (checked for
 * size on the way and for its type by its first bytes), then moved atomically to its final name
 * inside the caller's transaction, before the row commits; a synchronization deletes it again unless
 * that transaction commits. So a committed row always has its file; a refused or rolled-back upload
 * leaves nothing; only a crash between the move and the commit can leave a file no row names, and
 * such a file is never served (downloads go through the rows).
 */
@ApplicationScoped
public class UploadStore {

    private static final Logger LOG = Logger.getLogger(UploadStore.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** What was stored: its name under files/, the recognised type, the size and the SHA-256. */
    public record Stored(String storedName, DocumentType type, long size, byte[] sha256) {

        /** The row's part of it: the file as {@code fileName}, handed in by {@code by} at {@code at}. */
        public StoredFile keptAs(String fileName, String by, Instant at) {
            return new StoredFile(fileName, type, size, sha256, storedName, by, at);
        }
    }

    public static Path folder() {
        return Settings.get("projectdesk.upload.dir").map(Path::of).orElseGet(() -> Path.of(Settings.get(
                "projectdesk.data.dir", System.getProperty("user.home") + "/.projectdesk")).resolve("uploads"));
    }

    /**
     * Stores the content in the current transaction, or refuses it (RuleViolation) leaving no file:
     * more than the limit, or not the type its name claims.
     */
    public Stored store(InputStream content, String fileName, UploadLimits limits) {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("An upload is stored inside a transaction");
        }
        DocumentType claimed = limits.typeOf(fileName);
        String name = UUID.randomUUID().toString();
        Path temporary = folder().resolve("tmp").resolve(name + ".part");
        Path target = folder().resolve("files").resolve(name);
        try {
            Files.createDirectories(temporary.getParent());
            Files.createDirectories(target.getParent());
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[DocumentType.MAGIC_LENGTH];
            int headLength = 0;
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha256)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read; (read = content.read(buffer)) != -1; ) {
                    if (headLength < head.length) {
                        int take = Math.min(read, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }
                    size += read;
                    if (size > limits.maxBytes()) {
                        drain(content, buffer, limits.maxBytes());
                        limits.checkSizeSoFar(size);
                    }
                    out.write(buffer, 0, read);
                }
            }
            limits.checkSize(size);
            limits.checkContent(fileName, claimed, head, headLength);
            move(temporary, target);
            deleteUnlessCommitted(target);
            return new Stored(name, claimed, size, sha256.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the upload " + fileName + " in " + folder(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            delete(temporary);
        }
    }

    /**
     * Reads on (discarding) up to {@code bound} more bytes of a body that is already too large, so that an
     * HTTP client still sending it receives the refusal instead of a reset connection; a larger one is cut off.
     */
    private static void drain(InputStream content, byte[] buffer, long bound) throws IOException {
        long discarded = 0;
        for (int read; discarded <= bound && (read = content.read(buffer)) != -1; ) {
            discarded += read;
        }
    }

    /** The stored file of a row, for a download. */
    public Path file(String storedName) {
        return folder().resolve("files").resolve(storedName);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The upload folder " + folder() + " cannot rename atomically", e);
        }
    }

    private void deleteUnlessCommitted(Path target) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    delete(target);
                    LOG.fine(() -> "Upload " + target.getFileName() + " rolled back; file removed");
                }
            }
        });
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete " + file, e);
        }
    }
}
