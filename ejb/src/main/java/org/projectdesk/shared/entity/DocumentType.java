package org.projectdesk.shared.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of document an investor may upload, each known by its file name's extensions and by the
 * first bytes of its content (magic numbers): a name alone never makes a file a PDF.
 */
public enum DocumentType {
    PDF("application/pdf", List.of("pdf"), bytes('%', 'P', 'D', 'F', '-')),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), bytes(0xFF, 0xD8, 0xFF)),
    PNG("image/png", List.of("png"), bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)),
    /** Word 97–2003: an OLE2 compound file (as are .xls). */
    DOC("application/msword", List.of("doc"), bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)),
    /** Word 2007 and later: an Office Open XML zip (as are .xlsx). */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"), bytes('P', 'K', 0x03, 0x04)),
    XLS("application/vnd.ms-excel", List.of("xls"), bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"), bytes('P', 'K', 0x03, 0x04));

    /** The most leading bytes any type needs to be recognised. */
    public static final int MAGIC_LENGTH = 8;

    private final String mediaType;
    private final List<String> extensions;
    private final byte[] magic;

    DocumentType(String mediaType, List<String> extensions, byte[] magic) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The type a file name claims by its extension (any case), if it is one of ours. */
    public static Optional<DocumentType> ofFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.extensions.contains(extension)).findFirst();
    }

    /** Whether the content's first bytes are this type's. */
    public boolean matches(byte[] head, int length) {
        if (head == null || length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }
}
