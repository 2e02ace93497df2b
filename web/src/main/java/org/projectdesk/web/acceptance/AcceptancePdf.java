package org.projectdesk.web.acceptance;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.projectdesk.acceptance.boundary.AcceptanceView;
import org.projectdesk.acceptance.boundary.AcceptanceView.CheckView;
import org.projectdesk.acceptance.boundary.AcceptanceView.FindingView;
import org.projectdesk.acceptance.boundary.AcceptanceView.ItemView;
import org.projectdesk.acceptance.boundary.AcceptanceView.PledgeView;
import org.projectdesk.acceptance.entity.AcceptanceScope;
import org.projectdesk.acceptance.entity.FindingStatus;
import org.projectdesk.acceptance.entity.ItemVerdict;
import org.projectdesk.web.shell.Language;
import org.projectdesk.web.shell.PdfDocuments;
import org.projectdesk.web.shell.PdfDocuments.Fonts;

/**
 * The joint completion acceptance's three printed documents, A4, in the office's print
 * ({@link PdfDocuments}): the one combined form (流程一表) with every item under its department, its
 * checks (the critical ones marked), verdict, findings and signature, and blank signature lines for
 * what is still to be signed on site; the rectification notice (限期整改通知书) of the current round;
 * and the joint acceptance opinion (联合验收意见书) with each department's verdicts and signatures and
 * the pledges it passed on. Which of them exists in which state the resource decides.
 */
final class AcceptancePdf {

    private static final String BUNDLE = "org.projectdesk.web.i18n.messages";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AcceptanceView a;
    private final Function<String, String> departmentName;
    private final ZoneId zone;
    private final ResourceBundle text;
    private final Locale locale;

    /** {@code departmentName} names a department in the locale's language; signatures are timed in {@code zone}. */
    AcceptancePdf(AcceptanceView acceptance, Function<String, String> departmentName, ZoneId zone, Locale locale) {
        this.a = acceptance;
        this.departmentName = departmentName;
        this.zone = zone;
        this.text = ResourceBundle.getBundle(BUNDLE, locale);
        this.locale = locale;
    }

    /** The open rectification findings of the current round: what the notice lists (none: there is no notice). */
    List<FindingView> noticeFindings() {
        return a.rectificationFindings().stream().filter(f -> f.status() != FindingStatus.CLOSED).toList();
    }

    /** The one combined form, as it stands: printed blank to be signed on site, or with what was signed. */
    byte[] form(LocalDate printedOn) {
        return PdfDocuments.write(PageSize.A4, 48, word("acceptance.pdf.form.title") + " " + a.fileNo(), (document, fonts) -> {
            Font body = fonts.regular(10);
            title(document, fonts, "acceptance.pdf.form.title");
            project(document, body);
            document.add(new Paragraph(format("acceptance.pdf.statusLine", status(), a.round()), body));
            if (a.inspectionAt() != null) {
                document.add(new Paragraph(format("acceptance.pdf.inspectionLine", a.inspectionAt().format(MINUTES)), body));
            }
            Paragraph intro = new Paragraph(word("acceptance.pdf.form.intro"), fonts.regular(9));
            intro.setSpacingBefore(6);
            document.add(intro);
            for (Map.Entry<String, List<ItemView>> department : byDepartment().entrySet()) {
                Paragraph heading = new Paragraph(PdfDocuments.text(departmentName.apply(department.getKey())), fonts.bold(12));
                heading.setSpacingBefore(10);
                heading.setSpacingAfter(4);
                document.add(heading);
                for (ItemView item : department.getValue()) {
                    document.add(formItem(item, fonts));
                }
            }
            office(document, body, printedOn);
        });
    }

    /** 限期整改通知书: every open rectification finding of the current round with its deadline. */
    byte[] rectificationNotice(LocalDate printedOn) {
        return PdfDocuments.write(PageSize.A4, 48, word("acceptance.pdf.notice.title") + " " + a.fileNo(), (document, fonts) -> {
            Font body = fonts.regular(10);
            Font heading = fonts.bold(10);
            title(document, fonts, "acceptance.pdf.notice.title");
            document.add(new Paragraph(format("acceptance.pdf.notice.to", a.enterpriseName()), fonts.bold(11)));
            document.add(new Paragraph(format("acceptance.pdf.project", a.fileNo(), a.projectName()), body));
            document.add(new Paragraph(format("acceptance.pdf.scopeLine", scope()), body));
            List<FindingView> findings = noticeFindings();
            LocalDate inspected = a.inspectionAt() != null ? a.inspectionAt().toLocalDate() : findings.get(0).raisedOn();
            Paragraph intro = new Paragraph(format("acceptance.pdf.notice.intro", inspected), body);
            intro.setSpacingBefore(8);
            intro.setSpacingAfter(8);
            document.add(intro);
            PdfPTable table = new PdfPTable(new float[] {0.6f, 2.4f, 1.7f, 2.4f, 3.6f, 1.3f, 2f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String column : List.of("acceptance.pdf.no", "acceptance.pdf.item", "acceptance.pdf.department",
                    "acceptance.pdf.check", "acceptance.pdf.finding", "acceptance.pdf.withinDays", "acceptance.pdf.dueOn")) {
                table.addCell(PdfDocuments.cell(word(column), heading, 4));
            }
            int number = 0;
            for (FindingView f : findings) {
                ItemView item = item(f.itemCode());
                table.addCell(PdfDocuments.cell(++number, body, 4));
                table.addCell(lines(List.of(name(item), item.code()), body));
                table.addCell(PdfDocuments.cell(departmentName.apply(item.departmentCode()), body, 4));
                table.addCell(PdfDocuments.cell(f.checkNo() == null ? "" : f.checkNo() + ". " + check(item, f.checkNo()).text(),
                        body, 4));
                table.addCell(PdfDocuments.cell(f.status() == FindingStatus.REPORTED_DONE
                        ? f.text() + "（" + format("acceptance.pdf.finding.REPORTED_DONE", f.reportedOn()) + "）" : f.text(), body, 4));
                table.addCell(PdfDocuments.cell(f.withinDays(), body, 4));
                table.addCell(PdfDocuments.cell(f.dueOn(), body, 4));
            }
            document.add(table);
            Paragraph days = new Paragraph(word("acceptance.pdf.notice.days"), fonts.regular(9));
            days.setSpacingBefore(6);
            document.add(days);
            office(document, body, printedOn);
        });
    }

    /** 联合验收意见书: its number and day, the project, each department's verdicts and signatures, the pledges. */
    byte[] opinion() {
        return PdfDocuments.write(PageSize.A4, 48, word("acceptance.pdf.opinion.title") + " " + a.opinionNo(), (document, fonts) -> {
            Font body = fonts.regular(10);
            Font heading = fonts.bold(10);
            title(document, fonts, "acceptance.pdf.opinion.title");
            Paragraph number = new Paragraph(format("acceptance.pdf.opinion.number", a.opinionNo()) + "　　"
                    + format("acceptance.pdf.opinion.date", a.opinionOn()), body);
            number.setAlignment(Element.ALIGN_RIGHT);
            number.setSpacingAfter(6);
            document.add(number);
            project(document, body);
            Paragraph conclusion = new Paragraph(format("acceptance.pdf.opinion.conclusion", scope()), body);
            conclusion.setSpacingBefore(8);
            conclusion.setSpacingAfter(8);
            document.add(conclusion);
            PdfPTable table = new PdfPTable(new float[] {2.2f, 3.4f, 2.4f, 2f, 2.2f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String column : List.of("acceptance.pdf.department", "acceptance.pdf.item", "acceptance.pdf.verdict",
                    "acceptance.pdf.signature", "acceptance.pdf.signedAt")) {
                table.addCell(PdfDocuments.cell(word(column), heading, 4));
            }
            for (Map.Entry<String, List<ItemView>> department : byDepartment().entrySet()) {
                for (ItemView item : department.getValue()) {
                    table.addCell(PdfDocuments.cell(departmentName.apply(item.departmentCode()), body, 4));
                    table.addCell(PdfDocuments.cell(item.code() + " " + name(item), body, 4));
                    table.addCell(PdfDocuments.cell(word("acceptance.pdf.verdict." + item.verdict()), body, 4));
                    table.addCell(PdfDocuments.cell(item.signedBy(), body, 4));
                    table.addCell(PdfDocuments.cell(moment(item.signedAt()), body, 4));
                }
            }
            document.add(table);
            Paragraph pledges = new Paragraph(word("acceptance.pdf.pledges"), fonts.bold(11));
            pledges.setSpacingBefore(10);
            document.add(pledges);
            pledges.setSpacingAfter(4);
            if (a.pledges().isEmpty()) {
                document.add(new Paragraph(word("acceptance.pdf.none"), body));
            } else {
                document.add(pledges(fonts));
            }
            office(document, body, a.opinionOn());
        });
    }

    /** The pledges the opinion passed on: who, on which item, what, by when, and whether kept. */
    private PdfPTable pledges(Fonts fonts) {
        Font heading = fonts.bold(10);
        Font body = fonts.regular(10);
        PdfPTable table = new PdfPTable(new float[] {1.8f, 2.4f, 4.6f, 1.8f, 2.2f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String column : List.of("acceptance.pdf.party", "acceptance.pdf.item", "acceptance.pdf.pledge",
                "acceptance.pdf.dueOn", "acceptance.pdf.pledge.state")) {
            table.addCell(PdfDocuments.cell(word(column), heading, 4));
        }
        for (PledgeView p : a.pledges()) {
            ItemView item = item(p.itemCode());
            table.addCell(PdfDocuments.cell(word("acceptance.pdf.party." + p.party()), body, 4));
            table.addCell(lines(List.of(name(item), item.code()), body));
            table.addCell(PdfDocuments.cell(p.text(), body, 4));
            table.addCell(PdfDocuments.cell(p.dueOn(), body, 4));
            table.addCell(PdfDocuments.cell(p.fulfilledOn() == null ? word("acceptance.pdf.pledge.open")
                    : format("acceptance.pdf.pledge.fulfilled", p.fulfilledOn()), body, 4));
        }
        return table;
    }

    /** The acceptance's state in words, for a refusal to print a document it does not have yet. */
    String status() {
        return word("acceptance.pdf.status." + a.status());
    }

    String word(String key) {
        return text.getString(key);
    }

    String format(String key, Object... values) {
        return PdfDocuments.format(text, key, values);
    }

    private PdfPTable formItem(ItemView item, Fonts fonts) {
        Font label = fonts.bold(9.5f);
        Font body = fonts.regular(9.5f);
        PdfPTable table = new PdfPTable(new float[] {1.6f, 8.4f});
        table.setWidthPercentage(100);
        table.setSpacingAfter(6);
        table.setKeepTogether(true);
        table.addCell(PdfDocuments.cell(word("acceptance.pdf.item"), label, 4));
        table.addCell(PdfDocuments.cell(item.categoryCode() == null ? item.code() + " " + name(item)
                : format("acceptance.pdf.category", item.code(), name(item), item.categoryCode()), fonts.bold(10), 4));
        table.addCell(PdfDocuments.cell(word("acceptance.pdf.checks"), label, 4));
        table.addCell(lines(item.checks().stream().map(c -> c.no() + ". "
                + (c.critical() ? word("acceptance.pdf.critical") : "") + c.text()).toList(), body));
        table.addCell(PdfDocuments.cell(word("acceptance.pdf.verdict"), label, 4));
        table.addCell(PdfDocuments.cell(item.verdict() == ItemVerdict.PENDING ? word("acceptance.pdf.verdict.PENDING")
                : format("acceptance.pdf.verdictOn", word("acceptance.pdf.verdict." + item.verdict()), item.round(),
                        item.verdictOn()), body, 4));
        table.addCell(PdfDocuments.cell(word("acceptance.pdf.findings"), label, 4));
        List<String> findings = new ArrayList<>();
        for (FindingView f : item.findings()) {
            findings.add(finding(item, f));
        }
        table.addCell(findings.isEmpty() && item.verdict() != ItemVerdict.PENDING
                ? PdfDocuments.cell(word("acceptance.pdf.none"), body, 4)
                : lines(item.verdict() == ItemVerdict.PENDING ? withBlankLines(findings) : findings, body));
        table.addCell(PdfDocuments.cell(word("acceptance.pdf.signature"), label, 4));
        table.addCell(PdfDocuments.cell(item.signedBy() == null ? word("acceptance.pdf.unsigned")
                : format("acceptance.pdf.signed", item.signedBy(), moment(item.signedAt())), body, item.signedBy() == null ? 10 : 4));
        return table;
    }

    /** One finding as the form lists it: round, check, text, deadline and where it stands. */
    private String finding(ItemView item, FindingView f) {
        List<String> parts = new ArrayList<>();
        parts.add(format("acceptance.pdf.finding.round", f.round()));
        if (f.checkNo() != null) {
            parts.add(format("acceptance.pdf.finding.check", f.checkNo(), check(item, f.checkNo()).text()));
        }
        parts.add(f.text());
        if (f.withinDays() != null) {
            parts.add(format("acceptance.pdf.finding.deadline", f.withinDays(), f.dueOn()));
            parts.add(switch (f.status()) {
                case OPEN -> word("acceptance.pdf.finding.OPEN");
                case REPORTED_DONE -> format("acceptance.pdf.finding.REPORTED_DONE", f.reportedOn());
                case CLOSED -> format("acceptance.pdf.finding.CLOSED", f.closedOn());
            });
        }
        return String.join(Language.isChinese(locale) ? "；" : "; ", parts.stream().map(PdfDocuments::text).toList());
    }

    /** Room to write the findings in by hand. */
    private static List<String> withBlankLines(List<String> findings) {
        List<String> lines = new ArrayList<>(findings);
        lines.add(" ");
        lines.add(" ");
        return lines;
    }

    private void title(Document document, Fonts fonts, String key) throws DocumentException {
        Paragraph head = new Paragraph(word(key), fonts.bold(18));
        head.setAlignment(Element.ALIGN_CENTER);
        head.setSpacingAfter(12);
        document.add(head);
    }

    private void project(Document document, Font body) throws DocumentException {
        document.add(new Paragraph(format("acceptance.pdf.project", a.fileNo(), a.projectName()), body));
        document.add(new Paragraph(format("acceptance.pdf.enterprise", a.enterpriseName()), body));
        document.add(new Paragraph(format("acceptance.pdf.scopeLine", scope()), body));
        document.add(new Paragraph(format("acceptance.pdf.application", a.appliedOn(), a.completedOn(), a.contact()), body));
    }

    private void office(Document document, Font body, LocalDate on) throws DocumentException {
        Paragraph office = new Paragraph(format("acceptance.pdf.office", on), body);
        office.setAlignment(Element.ALIGN_RIGHT);
        office.setSpacingBefore(24);
        document.add(office);
    }

    private String name(ItemView item) {
        return Language.pick(locale, item.name(), item.nameEn());
    }

    private String scope() {
        return a.scope() == AcceptanceScope.WHOLE ? word("acceptance.pdf.scope.WHOLE")
                : format("acceptance.pdf.scope.PHASE", a.scopeText());
    }

    private Map<String, List<ItemView>> byDepartment() {
        Map<String, List<ItemView>> groups = new LinkedHashMap<>();
        a.items().forEach(i -> groups.computeIfAbsent(i.departmentCode(), d -> new ArrayList<>()).add(i));
        return groups;
    }

    private ItemView item(String code) {
        return a.items().stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Acceptance " + a.id() + " has no item " + code));
    }

    private static CheckView check(ItemView item, int no) {
        return item.checks().get(no - 1);
    }

    private String moment(Instant at) {
        return at == null ? "" : MINUTES.format(at.atZone(zone));
    }

    /** A cell of several lines, each drawn as text. */
    private static PdfPCell lines(List<String> lines, Font font) {
        PdfPCell cell = new PdfPCell();
        cell.setPadding(4);
        for (String line : lines) {
            cell.addElement(new Paragraph(PdfDocuments.text(line), font));
        }
        return cell;
    }
}
