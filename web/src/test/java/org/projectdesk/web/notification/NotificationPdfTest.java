package org.projectdesk.web.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.projectdesk.notification.boundary.NotificationView;
import org.projectdesk.notification.entity.MaterialState;

class NotificationPdfTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 28);

    /** A notification long enough for three pages: 80 items (issue 17's case). */
    private static NotificationView notification(String phone) {
        List<NotificationView.Item> items = IntStream.rangeClosed(1, 80).mapToObj(i -> new NotificationView.Item(i, 0,
                "材料" + i, List.of(i % 2 == 0 ? "LAND" : "PLAN"), MaterialState.OUTSTANDING, null, null)).toList();
        return new NotificationView("HM-2026-0042", "精密钢丝四期", "江海精密钢丝有限公司", DAY, items, List.of(), "陈晓东", phone);
    }

    private static String text(byte[] pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void everyPageIsNumberedOutOfTheTotalAndTheOfficersContactIsPrinted() throws IOException {
        byte[] pdf = NotificationPdf.of(notification("0513-8221 1234"), code -> code.equals("LAND") ? "国土资源局" : "规划局", DAY,
                Locale.SIMPLIFIED_CHINESE);

        assertEquals(3, pages(pdf));
        for (int page = 1; page <= 3; page++) {
            assertTrue(text(pdf, page).contains("第 " + page + " 页 共 3 页"), text(pdf, page));
        }
        assertTrue(text(pdf, 1).contains("项目服务专员：陈晓东　联系电话：0513-8221 1234"), text(pdf, 1));
    }

    @Test
    void inEnglishAndWithoutAPhoneTheOfficerIsNamedAlone() throws IOException {
        byte[] pdf = NotificationPdf.of(notification(null), code -> code, DAY, Locale.ENGLISH);

        assertTrue(text(pdf, 1).contains("Your officer: 陈晓东"), text(pdf, 1));
        assertTrue(!text(pdf, 1).contains("Telephone"), text(pdf, 1));
        assertTrue(text(pdf, 3).contains("Page 3 of 3"), text(pdf, 3));
    }
}
