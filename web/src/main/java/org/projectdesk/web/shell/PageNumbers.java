package org.projectdesk.web.shell;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;

/**
 * Page numbers for a document {@link PdfDocuments} printed, added once it is complete, when the number of
 * pages is known: "第 1 页 共 3 页" ("Page 1 of 3", the bundle's {@code pageNumbers.pageOf}) centred in the
 * bottom margin of every page, in the documents' font. A document asks for them; the others stay as they are.
 */
public final class PageNumbers {

    private static final float SIZE = 8;

    private PageNumbers() {
    }

    /** The document with each page numbered, in the bundle's language. */
    public static byte[] add(byte[] pdf, ResourceBundle text) {
        try {
            PdfReader reader = new PdfReader(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 1024);
            PdfStamper stamper = new PdfStamper(reader, out);
            BaseFont font = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            int pages = reader.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                Rectangle size = reader.getPageSizeWithRotation(page);
                PdfContentByte over = stamper.getOverContent(page);
                over.beginText();
                over.setFontAndSize(font, SIZE);
                over.showTextAligned(Element.ALIGN_CENTER, PdfDocuments.format(text, "pageNumbers.pageOf", page, pages),
                        (size.getLeft() + size.getRight()) / 2, size.getBottom() + 16, 0);
                over.endText();
            }
            stamper.close();
            reader.close();
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IllegalStateException("The pages could not be numbered", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
