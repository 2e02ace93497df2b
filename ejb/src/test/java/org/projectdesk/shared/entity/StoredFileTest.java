package org.projectdesk.shared.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.projectdesk.shared.control.RuleViolation;

/** What a handed-in file's row keeps of it: the last part of its name, its checksum in hex, its time to the microsecond. */
class StoredFileTest {

    private static final String STORED = "0f8fad5b-d9cb-469f-a165-70867728950e";
    private static final Instant AT = Instant.parse("2026-12-28T02:03:04.123456789Z");

    @Test
    void anUploadKeepsOnlyTheLastPartOfItsName() {
        assertEquals("营业执照.pdf", StoredFile.cleanName("C:\\Users\\黄\\营业执照.pdf"));
        assertEquals("a.pdf", StoredFile.cleanName("../../etc/a.pdf"));
        assertEquals("fileName", assertThrows(RuleViolation.class, () -> StoredFile.cleanName("dir/")).field());
        assertEquals("upload.name.invalid", assertThrows(RuleViolation.class,
                () -> StoredFile.cleanName("a\u0000.pdf")).key());
        assertEquals("upload.name.long", assertThrows(RuleViolation.class,
                () -> StoredFile.cleanName("a".repeat(201) + ".pdf")).key());
        assertEquals("upload.name.required", assertThrows(RuleViolation.class, () -> StoredFile.cleanName(null)).key());
    }

    @Test
    void keepsTheChecksumInHexAndTheTimeAsTheDatabaseDoes() {
        byte[] sha = new byte[32];
        sha[0] = (byte) 0xAB;
        StoredFile file = new StoredFile("/tmp/报告.pdf", DocumentType.PDF, 2048, sha, STORED, "investor1", AT);
        assertEquals("报告.pdf", file.getFileName());
        assertEquals("ab" + "00".repeat(31), file.getSha256());
        assertEquals(Instant.parse("2026-12-28T02:03:04.123456Z"), file.getUploadedAt());
        assertEquals("file", assertThrows(RuleViolation.class,
                () -> new StoredFile("a.pdf", DocumentType.PDF, 0, sha, STORED, "investor1", AT)).field());
        assertThrows(IllegalArgumentException.class, () -> new StoredFile("a.pdf", DocumentType.PDF, 1, sha, "../x", "i", AT));
    }
}
