package org.projectdesk.web.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.projectdesk.report.control.WeeklyFigures;

/**
 * The report's PDF read back as text (PDFBox): the paragraph a leader reads first under the title, then the
 * two charts with their titles, legend, labels and values (before the first table), and every page numbered
 * "第 n 页 共 N 页". A department named with markup is drawn as the text it is.
 */
class ReportPdfTest {

    private static final String MARKUP = "</script><b>规划局</b>";

    private static WeeklyFigures figures(int projects) {
        List<WeeklyFigures.ProjectRow> rows = new ArrayList<>();
        for (int i = 0; i < projects; i++) {
            rows.add(new WeeklyFigures.ProjectRow(String.format("2026-%04d", i), "项目" + i, "张三", "IN_APPROVAL", 1, 5, 0, 0,
                    60, 30, 12, 0, null));
        }
        return new WeeklyFigures("2026-W51", LocalDate.parse("2026-12-14"), LocalDate.parse("2026-12-20"), true, 12, 2,
                new BigDecimal("12.50"), 0, 0, 0, 0, 0, 1, 0, 8, 0, 96.0, 48.5, 21.0, 17, 5, 2, 0, 0, 0, 0, List.of(), 0,
                List.of(new WeeklyFigures.DepartmentRow("FIRE", "公安消防大队", "Public Security Fire Brigade", 3, 3, 100.0, 4, 1),
                        new WeeklyFigures.DepartmentRow("PLAN", MARKUP, "Planning", 2, 1, 50.0, 1, 1),
                        new WeeklyFigures.DepartmentRow("LAND", "国土资源局", "Land Resources Bureau", 0, 0, null, 0, 0)),
                rows, rows.size(), Map.of("redMatters", -2L, "yellowMatters", 0L), null, null, null);
    }

    private static String text(byte[] pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            if (page > 0) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
            }
            return stripper.getText(document).replace("\r", "");
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void theSummaryAndBothChartsComeBeforeTheTables() throws IOException {
        WeeklyFigures f = figures(3);
        String text = text(ReportPdf.of(f, Locale.SIMPLIFIED_CHINESE), 0);
        String brief = new ReportBrief(Locale.SIMPLIFIED_CHINESE).of(f);
        assertTrue(text.replace("\n", "").contains(brief), text);
        // Read in the order of the page: the charts come between the paragraph and the first table's first row.
        String charts = text.substring(text.indexOf("各部门红黄灯事项"), text.indexOf("受理项目（累计）"));
        for (String shown : List.of("审批时限压缩情况", "红灯", "黄灯", "公安消防大队", MARKUP, "国土资源局", "平均法定时限之和（工作日）",
                "平均承诺时限之和（工作日）", "平均实际用时（工作日）", "96", "48.5", "21", "工作日")) {
            assertTrue(charts.contains(shown), shown + " in the charts: " + charts);
        }
    }

    @Test
    void everyPageIsNumberedOfAllPagesInTheReadersLanguage() throws IOException {
        byte[] pdf = ReportPdf.of(figures(120), Locale.SIMPLIFIED_CHINESE);
        int pages = pages(pdf);
        assertTrue(pages >= 3, "a report that runs over pages: " + pages);
        for (int page = 1; page <= pages; page++) {
            assertTrue(text(pdf, page).contains("第 " + page + " 页 共 " + pages + " 页"), "page " + page);
        }
        byte[] english = ReportPdf.of(figures(0), Locale.ENGLISH);
        assertTrue(text(english, 1).contains("Page 1 of " + pages(english)), text(english, 1));
    }
}
