package org.projectdesk.web.notification;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
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
import org.projectdesk.web.shell.PdfDocuments;

/**
 * The one-time notification (一次性告知单) as a printable A4 PDF: the project, the officer to contact
 * (display name and telephone), every material once, grouped under the first department that asks for
 * it with every department named, its state, the partial-materials acceptances, and the legal basis;
 * each page numbered "第 1 页 共 3 页". Printed as every office document is ({@link PdfDocuments}).
 */
public final class NotificationPdf {

    private static final String BUNDLE = "org.projectdesk.web.i18n.messages";

    private NotificationPdf() {
    }

    /** {@code departmentName} gives a department's name in the locale's language. */
    public static byte[] of(NotificationView n, Function<String, String> departmentName, LocalDate printedOn, Locale locale) {
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE, locale);
        return PdfDocuments.numberPages(PdfDocuments.write(PageSize.A4, 56, text.getString("notification.title") + " " + n.fileNo(), (document, fonts) -> {
            Font title = fonts.bold(18);
            Font heading = fonts.bold(12);
            Font body = fonts.regular(10.5f);
            Font small = fonts.regular(9);

            Paragraph head = new Paragraph(text.getString("notification.title"), title);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(12);
            document.add(head);
            document.add(new Paragraph(format(text, "notification.pdf.project", n.fileNo(), n.projectName()), body));
            document.add(new Paragraph(format(text, "notification.pdf.enterprise", n.enterpriseName()), body));
            if (n.officerName() != null) {
                document.add(new Paragraph(n.officerPhone() == null ? format(text, "notification.pdf.officer", n.officerName())
                        : format(text, "notification.pdf.officerPhone", n.officerName(), n.officerPhone()), body));
            }
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
                Paragraph department = new Paragraph(PdfDocuments.text(departmentName.apply(group.getKey())), heading);
                department.setSpacingBefore(6);
                department.setSpacingAfter(4);
                document.add(department);
                PdfPTable table = new PdfPTable(new float[] {0.6f, 5.2f, 2.8f, 2.2f});
                table.setWidthPercentage(100);
                for (String column : List.of("notification.pdf.no", "notification.material", "notification.departments",
                        "notification.state")) {
                    table.addCell(PdfDocuments.cell(text.getString(column), heading, 4));
                }
                for (NotificationView.Item item : group.getValue()) {
                    table.addCell(PdfDocuments.cell(++number, body, 4));
                    table.addCell(PdfDocuments.cell(item.material(), body, 4));
                    table.addCell(PdfDocuments.cell(item.departments().stream().map(departmentName)
                            .collect(Collectors.joining("、")), small, 4));
                    table.addCell(PdfDocuments.cell(item.state() == MaterialState.RECEIVED
                            ? format(text, "notification.pdf.received", item.receivedOn())
                            : text.getString("notification.state.OUTSTANDING"), body, 4));
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
        }), text);
    }

    private static String format(ResourceBundle text, String key, Object... arguments) {
        return PdfDocuments.format(text, key, arguments);
    }
}
