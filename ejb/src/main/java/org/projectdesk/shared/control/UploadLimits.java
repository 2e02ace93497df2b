package org.projectdesk.shared.control;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.Settings;
import org.projectdesk.shared.entity.DocumentType;

/**
 * What an upload may be: at most {@code maxBytes}, of one of the allowed types, whose content starts
 * as that type's does. Configured by {@code PROJECTDESK_UPLOAD_MAX_MB} (default 20) and
 * {@code PROJECTDESK_UPLOAD_TYPES} (extensions, default every {@link DocumentType}).
 */
public record UploadLimits(long maxBytes, Set<DocumentType> types) {

    public static final int DEFAULT_MAX_MB = 20;

    public static UploadLimits configured() {
        int megabytes = Settings.getInt("projectdesk.upload.max-mb", DEFAULT_MAX_MB);
        if (megabytes < 1) {
            throw new IllegalStateException("Setting projectdesk.upload.max-mb must be at least 1, not " + megabytes);
        }
        String extensions = Settings.get("projectdesk.upload.types", "");
        Set<DocumentType> types = extensions.isBlank() ? EnumSet.allOf(DocumentType.class)
                : Arrays.stream(extensions.split("[,;\\s]+")).filter(e -> !e.isBlank())
                        .map(e -> DocumentType.ofFileName("x." + e.strip()).orElseThrow(() -> new IllegalStateException(
                                "Setting projectdesk.upload.types names an unknown type: " + e)))
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(DocumentType.class)));
        return new UploadLimits(megabytes * 1024L * 1024L, types);
    }

    /** The type the name's extension claims, if it is allowed; refused naming the allowed extensions. */
    public DocumentType typeOf(String fileName) {
        return DocumentType.ofFileName(fileName).filter(types::contains)
                .orElseThrow(() -> new RuleViolation("fileName", "upload.type.unsupported", fileName, allowed()));
    }

    /** Refuses content whose first bytes are not the claimed type's (a renamed .exe is no PDF). */
    public void checkContent(String fileName, DocumentType claimed, byte[] head, int length) {
        if (!claimed.matches(head, length)) {
            throw new RuleViolation("file", "upload.type.mismatch", fileName, claimed);
        }
    }

    /** Refuses a size above the limit. */
    public void checkSize(long size) {
        if (size > maxBytes) {
            throw new RuleViolation("file", "upload.tooLarge", maxMegabytes());
        }
        if (size <= 0) {
            throw new RuleViolation("file", "upload.empty");
        }
    }

    /** While streaming: refuses as soon as the content passes the limit, without reading the rest. */
    public void checkSizeSoFar(long size) {
        if (size > maxBytes) {
            throw new RuleViolation("file", "upload.tooLarge", maxMegabytes());
        }
    }

    public long maxMegabytes() {
        return maxBytes / (1024L * 1024L);
    }

    /** The allowed extensions, for messages and the page's accept list: "pdf, jpg, …". */
    public String allowed() {
        return types.stream().flatMap(t -> t.extensions().stream()).map(e -> e.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
