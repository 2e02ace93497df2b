package org.projectdesk.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.entity.DocumentType;

class UploadLimitsTest {

    private final UploadLimits limits = new UploadLimits(1024, EnumSet.allOf(DocumentType.class));

    @Test
    void theExtensionNamesTheClaimedTypeInAnyCase() {
        assertEquals(DocumentType.PDF, limits.typeOf("营业执照.PDF"));
        assertEquals(DocumentType.JPEG, limits.typeOf("site.jpeg"));
        assertEquals(DocumentType.JPEG, limits.typeOf("site.JPG"));
        assertEquals(DocumentType.XLSX, limits.typeOf("投资估算.xlsx"));
        assertEquals(DocumentType.DOC, limits.typeOf("old.doc"));
    }

    @Test
    void anotherExtensionIsRefusedNamingWhatIsAllowed() {
        RuleViolation e = assertThrows(RuleViolation.class, () -> limits.typeOf("setup.exe"));
        assertEquals("fileName", e.field());
        assertEquals("upload.type.unsupported", e.key());
        assertEquals("setup.exe is not a type that may be uploaded; allowed: pdf, jpg, jpeg, png, doc, docx, xls, xlsx",
                e.getMessage());
        assertThrows(RuleViolation.class, () -> limits.typeOf("no-extension"));
        assertThrows(RuleViolation.class, () -> limits.typeOf("dot."));
    }

    @Test
    void aTypeLeftOutOfTheSettingsIsRefused() {
        UploadLimits pdfOnly = new UploadLimits(1024, EnumSet.of(DocumentType.PDF));
        assertEquals("upload.type.unsupported", assertThrows(RuleViolation.class, () -> pdfOnly.typeOf("a.png")).key());
        assertEquals(DocumentType.PDF, pdfOnly.typeOf("a.pdf"));
    }

    @Test
    void theContentMustStartAsTheClaimedTypeDoes() {
        byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        limits.checkContent("a.pdf", DocumentType.PDF, pdf, pdf.length);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        limits.checkContent("a.png", DocumentType.PNG, png, png.length);
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
        limits.checkContent("a.jpg", DocumentType.JPEG, jpeg, jpeg.length);
        byte[] zip = {'P', 'K', 3, 4, 20, 0};
        limits.checkContent("a.docx", DocumentType.DOCX, zip, zip.length);
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        limits.checkContent("a.xls", DocumentType.XLS, ole, ole.length);

        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        RuleViolation renamed = assertThrows(RuleViolation.class, () -> limits.checkContent("a.pdf", DocumentType.PDF, exe, 8));
        assertEquals("file", renamed.field());
        assertEquals("upload.type.mismatch", renamed.key());
        assertThrows(RuleViolation.class, () -> limits.checkContent("a.png", DocumentType.PNG, png, 4), "too short to tell");
        assertThrows(RuleViolation.class, () -> limits.checkContent("a.docx", DocumentType.DOCX, pdf, pdf.length));
        assertThrows(RuleViolation.class, () -> limits.checkContent("a.doc", DocumentType.DOC, zip, zip.length));
    }

    @Test
    void theSizeMayReachTheLimitButNotPassIt() {
        limits.checkSize(1024);
        limits.checkSize(1);
        RuleViolation big = assertThrows(RuleViolation.class, () -> limits.checkSize(1025));
        assertEquals("upload.tooLarge", big.key());
        assertEquals("file", big.field());
        assertThrows(RuleViolation.class, () -> limits.checkSizeSoFar(1025));
        assertEquals("upload.empty", assertThrows(RuleViolation.class, () -> limits.checkSize(0)).key());
    }

    @Test
    void theConfiguredDefaultIsTwentyMegabytesOfEveryType() {
        UploadLimits configured = UploadLimits.configured();
        assertEquals(20L * 1024 * 1024, configured.maxBytes());
        assertEquals(EnumSet.allOf(DocumentType.class), configured.types());
        assertEquals(20, configured.maxMegabytes());
    }
}
