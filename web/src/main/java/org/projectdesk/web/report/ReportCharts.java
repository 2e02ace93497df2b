package org.projectdesk.web.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.projectdesk.report.control.WeeklyFigures;
import org.projectdesk.web.shell.Language;

/**
 * What the report's two charts show, in the reader's language: the page draws them with Chart.js
 * ({@link WeeklyReportPage}), the PDF as vector graphics ({@link ReportPdf}), so both show the same bars.
 */
final class ReportCharts {

    /** A chart's bars: their labels, and each series' values (null: none) with one colour, or one colour a bar. */
    record Chart(String title, List<String> labels, List<Series> series, String unit) {
    }

    /** One series of values, one a label; {@code colors} has one colour for all or one for each value. */
    record Series(String name, List<Double> values, List<String> colors) {

        String color(int bar) {
            return colors.get(colors.size() == 1 ? 0 : bar);
        }
    }

    private final ResourceBundle text;
    private final Locale locale;

    ReportCharts(Locale locale) {
        this.locale = locale;
        this.text = ResourceBundle.getBundle(ReportTables.BUNDLE, locale);
    }

    /** Each department's red and yellow matters, stacked; a department by its name in the reader's language. */
    Chart lights(WeeklyFigures f) {
        List<WeeklyFigures.DepartmentRow> departments = f.departments();
        return new Chart(text.getString("report.lightsChart"),
                departments.stream().map(d -> Language.pick(locale, d.name(), d.nameEn())).toList(),
                List.of(new Series(text.getString("report.red"),
                                departments.stream().map(d -> (double) d.red()).toList(), List.of("#dc2626")),
                        new Series(text.getString("report.yellow"),
                                departments.stream().map(d -> (double) d.yellow()).toList(), List.of("#eab308"))),
                null);
    }

    /** The average serial statutory and promised limits against the working days actually taken. */
    Chart compression(WeeklyFigures f) {
        return new Chart(text.getString("report.compressionChart"),
                List.of(text.getString("report.figure.averageStatutoryDays"),
                        text.getString("report.figure.averagePromisedDays"),
                        text.getString("report.figure.averageElapsedDays")),
                List.of(new Series(text.getString("report.workingDays"),
                        Arrays.asList(f.averageStatutoryDays(), f.averagePromisedDays(), f.averageElapsedDays()),
                        List.of("#94a3b8", "#3b82f6", "#16a34a"))),
                text.getString("report.workingDays"));
    }
}
