package org.projectdesk.web.report;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.projectdesk.acceptance.boundary.AcceptanceFiguresView;
import org.projectdesk.report.control.WeeklyFigures;

/**
 * The paragraph a leader reads before the figures, made from them in the reader's language (the page and
 * the PDF print the same one): the week's new projects and the investment of all taken in; the projects in
 * approval, started and in the green channel; the matters approved in the week; the red and yellow matters
 * with their change on the week before when the report has it. The problems, the joint completion
 * acceptance and the towns' referrals are told only in a week that has some. Each bundle words its own
 * numbers ({@code report.brief.*}: no project, one project, 3 projects; 亿元 in Chinese, billions in English).
 */
public final class ReportBrief {

    private final ResourceBundle text;
    private final Locale locale;

    public ReportBrief(Locale locale) {
        this.locale = locale;
        this.text = ResourceBundle.getBundle(ReportTables.BUNDLE, locale);
    }

    /** The paragraph: its clauses in order, joined as the language joins them, with its full stop. */
    public String of(WeeklyFigures f) {
        BigDecimal investmentYi = f.totalInvestmentYi() == null ? BigDecimal.ZERO : f.totalInvestmentYi();
        List<String> clauses = new ArrayList<>();
        clauses.add(format("report.brief.intake", f.projectsNew(), f.projectsAccepted(), investmentYi,
                investmentYi.movePointLeft(1)));
        clauses.add(format("report.brief.progress", f.inApproval(), f.constructionStarted(), f.greenChannelTotal()));
        clauses.add(format("report.brief.approved", f.mattersApproved()));
        clauses.add(format("report.brief.lights", f.redMatters(), change(f.changes(), "redMatters"), f.yellowMatters(),
                change(f.changes(), "yellowMatters")));
        if (f.problemsOpened() > 0 || f.problemsResolved() > 0) {
            clauses.add(format("report.brief.problems", f.problemsOpened(), f.problemsResolved()));
        }
        AcceptanceFiguresView.Row acceptance = f.acceptance() == null ? null : f.acceptance().thisWeek();
        if (acceptance != null && (acceptance.applied() > 0 || acceptance.passed() > 0)) {
            clauses.add(format("report.brief.acceptance", acceptance.applied(), acceptance.passed()));
        }
        if (f.townsTotal() != null && f.townsTotal().referrals() > 0) {
            clauses.add(format("report.brief.referrals", f.townsTotal().referrals()));
        }
        return String.join(text.getString("report.brief.separator"), clauses) + text.getString("report.brief.end");
    }

    /** A count's change on the week before, in words; nothing when the report has none. */
    private String change(Map<String, Number> changes, String count) {
        Number change = changes == null ? null : changes.get(count);
        if (change == null) {
            return "";
        }
        long by = change.longValue();
        return by > 0 ? format("report.brief.more", by) : by < 0 ? format("report.brief.fewer", -by)
                : text.getString("report.brief.same");
    }

    private String format(String key, Object... values) {
        return new MessageFormat(text.getString(key), locale).format(values);
    }
}
