package org.projectdesk.web.api;

import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.projectdesk.shared.entity.DocumentType;

/**
 * The API's one way with a file someone hands in (an investor's material, evidence of a finding put
 * right, a referral's attachment): its name comes in the {@code X-Filename} header, percent-encoded
 * UTF-8 (or the {@code filename} query parameter); it goes back as stored, under its own type, with a
 * plain ASCII name beside the UTF-8 one, its SHA-256, and never sniffed by the browser.
 */
public final class HandedInFiles {

    private HandedInFiles() {
    }

    /** The name the client gave the file; 400 when there is none or the header is not percent-encoded UTF-8. */
    public static String nameOf(String header, String query) {
        String name = header != null && !header.isBlank() ? decode(header) : query;
        if (name == null || name.isBlank()) {
            throw new InvalidParameter("X-Filename", "X-Filename is required: the file's name, percent-encoded UTF-8");
        }
        return name;
    }

    /** The stored file as a download named {@code <kind>-<id>.<extension>}, and by its own name for clients that read UTF-8. */
    public static Response download(Path file, String kind, long id, String fileName, DocumentType type, String sha256) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.toFile(), type.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + kind + "-" + id + "."
                        + type.extensions().get(0) + "\"; filename*=UTF-8''" + encoded)
                .header("X-Checksum-SHA256", sha256)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static String decode(String header) {
        try {
            return URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("X-Filename", "X-Filename is not percent-encoded UTF-8: " + header);
        }
    }
}
