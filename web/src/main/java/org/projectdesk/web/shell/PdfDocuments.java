package org.projectdesk.web.shell;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.ResourceBundle;

/**
 * How the office's documents are printed (the one-time notification, the weekly report, the joint
 * acceptance's form, notice and opinion): Chinese in the Adobe STSong font every PDF reader carries,
 * so nothing is embedded and the file prints the same everywhere, and every value drawn as plain text
 * through {@link #text}, never read as markup.
 */
public final class PdfDocuments {

    private PdfDocuments() {
    }

    /** What a document puts on its pages, given the fonts. */
    @FunctionalInterface
    public interface Layout {

        void lay(Document document, Fonts fonts) throws DocumentException;
    }

    /** The document's fonts: STSong at any size, regular or bold. */
    public static final class Fonts {

        private final BaseFont song;

        private Fonts(BaseFont song) {
            this.song = song;
        }

        public Font regular(float size) {
            return new Font(song, size);
        }

        public Font bold(float size) {
            return new Font(song, size, Font.BOLD);
        }
    }

    /** A document of that page size and margin, titled {@code title} in its properties, laid out by {@code layout}. */
    public static byte[] write(Rectangle page, float margin, String title, Layout layout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(page, margin, margin, margin, margin);
        try {
            Fonts fonts = new Fonts(song());
            PdfWriter.getInstance(document, out);
            document.addTitle(text(title));
            document.open();
            layout.lay(document, fonts);
        } catch (DocumentException e) {
            throw new IllegalStateException("The document " + title + " could not be laid out", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    /**
     * The document with each page numbered at its foot, centred ("第 1 页 共 3 页", the bundle's {@code pdf.page}):
     * stamped once the document is laid out, when the total is known. A document asks for it; others stay as they are.
     */
    public static byte[] numberPages(byte[] pdf, ResourceBundle bundle) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfStamper stamper = new PdfStamper(reader, out);
            Font font = new Font(song(), 9);
            int pages = reader.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                Rectangle size = reader.getPageSizeWithRotation(page);
                ColumnText.showTextAligned(stamper.getOverContent(page), Element.ALIGN_CENTER,
                        new Phrase(format(bundle, "pdf.page", page, pages), font), (size.getLeft() + size.getRight()) / 2,
                        size.getBottom() + 28, 0);
            }
            stamper.close();
            reader.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The pages could not be numbered", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BaseFont song() throws DocumentException, IOException {
        return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
    }

    /**
     * A value as the text a page shows: nothing for null, and control characters (which no font draws,
     * and a tab or a line feed typed into a one-line field would break the layout) as spaces.
     */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return shown.toString();
    }

    /** A table cell holding the value as text. */
    public static PdfPCell cell(Object value, Font font, float padding) {
        PdfPCell cell = new PdfPCell(new Phrase(text(value), font));
        cell.setPadding(padding);
        return cell;
    }

    /** The bundle's text for the key with the values put in, each as {@link #text} (a number without grouping). */
    public static String format(ResourceBundle bundle, String key, Object... values) {
        Object[] shown = Arrays.stream(values).map(PdfDocuments::text).toArray();
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(shown);
    }
}
