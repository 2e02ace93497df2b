package org.projectdesk.portal.boundary;

import java.nio.file.Path;

/** An upload to send: what to call it, its media type, and the stored file. */
public record Download(UploadView upload, Path file) {
}
