package org.projectdesk.web.notification;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.projectdesk.notification.boundary.NotificationView;
import org.projectdesk.notification.entity.MaterialState;

/**
 * The one-time notification (一次性告知单) as a printable A4 PDF: the project, every material once,
 * grouped under the first department that asks for it with every department named, its state, the
 * partial-materials acceptances, and the legal basis. Chinese text uses the Adobe STSong font every
 * PDF reader carries, so the file needs no font embedded and prints the same everywhere.
 */
public final class NotificationPdf {

    private static final String BUNDLE = "org.projectdesk.web.i18n.messages";

    private NotificationPdf() {
    }

    /** {@code departmentName} gives a department's name in the locale's language. */
    public static byte[] of(NotificationView n, Function<String, String> departmentName, LocalDate printedOn, Locale locale) {
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            BaseFont song = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            Font title = new Font(song, 18, Font.BOLD);
            Font heading = new Font(song, 12, Font.BOLD);
            Font body = new Font(song, 10.5f);
            Font small = new Font(song, 9);
            PdfWriter.getInstance(document, out);
            document.addTitle(text.getString("notification.title") + " " + n.fileNo());
            document.open();

            Paragraph head = new Paragraph(text.getString("notification.title"), title);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(12);
            document.add(head);
            document.add(new Paragraph(format(text, "notification.pdf.project", n.fileNo(), n.projectName()), body));
            document.add(new Paragraph(format(text, "notification.pdf.enterprise", n.enterpriseName()), body));
            document.add(new Paragraph(n.issuedOn() == null ? text.getString("notification.pdf.notIssued")
                    : format(text, "notification.pdf.issuedOn", n.issuedOn()), body));
            Paragraph intro = new Paragraph(text.getString("notification.pdf.intro"), body);
            intro.setSpacingBefore(8);
            intro.setSpacingAfter(8);
            document.add(intro);

            Map<String, List<NotificationView.Item>> byDepartment = n.items().stream()
                    .collect(Collectors.groupingBy(i -> i.departments().get(0), LinkedHashMap::new, Collectors.toList()));
            int number = 0;
            for (Map.Entry<String, List<NotificationView.Item>> group : byDepartment.entrySet()) {
                Paragraph department = new Paragraph(departmentName.apply(group.getKey()), heading);
                department.setSpacingBefore(6);
                department.setSpacingAfter(4);
                document.add(department);
                PdfPTable table = new PdfPTable(new float[] {0.6f, 5.2f, 2.8f, 2.2f});
                table.setWidthPercentage(100);
                for (String column : List.of("notification.pdf.no", "notification.material", "notification.departments",
                        "notification.state")) {
                    table.addCell(cell(text.getString(column), heading));
                }
                for (NotificationView.Item item : group.getValue()) {
                    table.addCell(cell(String.valueOf(++number), body));
                    table.addCell(cell(item.material(), body));
                    table.addCell(cell(item.departments().stream().map(departmentName).collect(Collectors.joining("、")), small));
                    table.addCell(cell(item.state() == MaterialState.RECEIVED
                            ? format(text, "notification.pdf.received", item.receivedOn())
                            : text.getString("notification.state.OUTSTANDING"), body));
                }
                document.add(table);
            }
            if (n.items().isEmpty()) {
                document.add(new Paragraph(text.getString("notification.none"), body));
            }
            if (!n.partialAcceptances().isEmpty()) {
                Paragraph partial = new Paragraph(text.getString("notification.partial.title"), heading);
                partial.setSpacingBefore(10);
                document.add(partial);
                for (NotificationView.PartialAcceptanceView p : n.partialAcceptances()) {
                    document.add(new Paragraph(format(text, "notification.pdf.partial", p.categoryCode(), p.deadline(),
                            p.pledge()), body));
                }
            }
            Paragraph basis = new Paragraph(text.getString("notification.pdf.basis"), small);
            basis.setSpacingBefore(14);
            document.add(basis);
            Paragraph office = new Paragraph(format(text, "notification.pdf.office", printedOn), body);
            office.setAlignment(Element.ALIGN_RIGHT);
            office.setSpacingBefore(24);
            document.add(office);
        } catch (DocumentException e) {
            throw new IllegalStateException("The notification of " + n.fileNo() + " could not be laid out", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private static PdfPCell cell(String content, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(content, font));
        cell.setPadding(4);
        return cell;
    }

    private static String format(ResourceBundle text, String key, Object... arguments) {
        return new MessageFormat(text.getString(key), text.getLocale()).format(arguments);
    }
}
