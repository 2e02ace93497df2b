package org.projectdesk.portal.boundary;

import java.nio.file.Path;

/** Evidence to send: what to call it, its media type, and the stored file. */
public record EvidenceDownload(EvidenceView evidence, Path file) {
}
