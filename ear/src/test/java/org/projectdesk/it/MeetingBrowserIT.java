package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A joint pre-review meeting recorded in a headless Chromium: attendance, a department's opinion
 * with its materials, the minutes and closing; then the service file shows the pre-review held and
 * the one-time notification, which prints as a PDF and takes a receipt. Screenshots:
 * target/screenshots/meeting.png, notification.png.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeetingBrowserIT {

    private static final String DEMO_PASSWORD = "demo123";
    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-meeting-");

    @ArquillianResource
    URL injectedBase;

    private ApiClient api;
    private URI base;

    @BeforeAll
    static void useTheSessionsBrowser() {
        browser = SESSION.browser();
    }

    @BeforeEach
    void newSession() {
        base = ProjectDeskDeployment.base(injectedBase);
        api = new ApiClient(base);
        browser.at(base).forgetCookies();
    }

    @Test
    void anOfficerRecordsTheMeetingAndPrintsTheOneTimeNotification() throws Exception {
        String fileNo = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                ServiceFileApiIT.creditCode(), "INDUSTRIAL", b -> { })).assertStatus(201).json().getString("fileNo");
        long id = api.as("officer1", "POST", "api/meetings", "{\"startsAt\":\"2026-06-03T09:30\",\"place\":\"行政服务中心三楼会议室\","
                + "\"projects\":[\"" + fileNo + "\"],\"departments\":[\"LAND\"]}").assertStatus(201).json().getJsonNumber("id").longValue();

        browser.open("meetings/meeting.xhtml?id=" + id);
        browser.signIn("officer1", DEMO_PASSWORD);
        assertEquals("已安排", browser.text("status"));
        assertEquals("2026-06-03 09:30 – 11:30", browser.text("startsAt"));

        browser.clickAjax("meeting:invitations:0:recordAttendance");
        browser.visible("attendanceForm:attendee");
        browser.type("attendanceForm:attendee", "国土局 张科长");
        browser.clickAjax("attendanceForm:save");
        assertEquals(List.of("国土资源局", "到会", "国土局 张科长", "登记到会"), browser.tableTexts("meeting:invitations").get(0));

        browser.clickAjax("meeting:projectOpinions:0:opinions:0:recordOpinion");
        browser.visible("opinionForm:materials");
        browser.driver.findElement(By.cssSelector("label[for='opinionForm:verdict:1']")).click();
        browser.type("opinionForm:materials", "用地红线图\n勘测定界图");
        browser.type("opinionForm:notes", "红线须按规划调整");
        browser.clickAjax("opinionForm:save");
        assertEquals(List.of("国土资源局", "有条件可行", "用地红线图\n勘测定界图", "红线须按规划调整", "登记意见"),
                browser.tableTexts("meeting:projectOpinions:0:opinions").get(0));

        browser.type("meeting:minutes", "会议纪要：国土局意见有条件可行，须提交用地红线图和勘测定界图。");
        browser.clickAjax("meeting:close");
        assertEquals("已结束", browser.text("status"));
        assertTrue(browser.text("meeting:messages").contains("会议已结束，已通知参会各方。"), browser.text("meeting:messages"));
        assertEquals("会议纪要：国土局意见有条件可行，须提交用地红线图和勘测定界图。", browser.text("meeting:minutesText"));
        browser.screenshot("meeting");

        browser.open("projects/file.xhtml?fileNo=" + fileNo);
        assertEquals("已于2026-06-03经联办预审会议审议。", browser.text("preReview:preReviewText"));
        List<List<String>> items = browser.tableTexts("preReview:items");
        int redLine = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).get(0).equals("用地红线图")) {
                redLine = i;
            }
        }
        assertTrue(redLine >= 0, items.toString());
        assertEquals(List.of("用地红线图", "国土资源局", "未收到", "登记收到"), items.get(redLine));

        browser.clickAjax("preReview:items:" + redLine + ":receive");
        browser.visible("receiptForm:on_input");
        browser.typeDate("receiptForm:on_input", "2026-06-04");
        browser.clickAjax("receiptForm:save");
        assertEquals("已收到 2026-06-04 李明", browser.tableTexts("preReview:items").get(redLine).get(2));
        browser.screenshot("notification");

        String href = browser.driver.findElement(By.id("preReview:pdf")).getAttribute("href");
        assertTrue(href.endsWith("/api/projects/" + fileNo + "/notification/pdf?lang=zh"), href);
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("一次性告知单"), text);
            assertTrue(text.contains("项目：" + fileNo), text);
            assertTrue(text.contains("经2026-06-03联办预审会议审议"), text);
            assertTrue(text.contains("勘测定界图"), text);
            assertTrue(text.contains("已于2026-06-04收到"), text);
        } catch (IOException e) {
            throw new AssertionError("not a PDF", e);
        }
    }

    @Test
    void aDepartmentWindowSeesTheMeetingsItIsInvitedToInTheCalendarWeek() {
        String fileNo = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                ServiceFileApiIT.creditCode(), "INDUSTRIAL", b -> { })).assertStatus(201).json().getString("fileNo");
        api.as("officer1", "POST", "api/meetings", "{\"startsAt\":\"2026-06-10T14:00\",\"place\":\"二楼小会议室\","
                + "\"projects\":[\"" + fileNo + "\"],\"departments\":[\"LAND\"]}").assertStatus(201);
        String other = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                ServiceFileApiIT.creditCode(), "INDUSTRIAL", b -> { })).assertStatus(201).json().getString("fileNo");
        api.as("officer1", "POST", "api/meetings", "{\"startsAt\":\"2026-06-11T09:00\",\"place\":\"二楼小会议室\","
                + "\"projects\":[\"" + other + "\"],\"departments\":[\"DRC\"]}").assertStatus(201);

        api.as("officer1", "POST", "api/visits", "{\"on\":\"2026-06-09\",\"projects\":[\"" + fileNo + "\"],"
                + "\"staff\":[\"李明\"],\"departments\":[\"LAND\"],\"issues\":\"用地报批进度\"}").assertStatus(201);

        browser.open("meetings/calendar.xhtml?date=2026-06-10");
        browser.signIn("dept-land", DEMO_PASSWORD);
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#calendar\\:schedule .fc-event")).isEmpty());

        assertEquals("2026-06-08", browser.driver.findElement(By.cssSelector("#calendar\\:schedule .fc-col-header-cell"))
                .getAttribute("data-date"), "the week starts on Monday");
        String events = browser.driver.findElement(By.id("calendar:schedule")).getText();
        assertTrue(events.contains("预审会 " + fileNo + " · 二楼小会议室"), events);
        assertTrue(!events.contains(other), "not the meetings of another department: " + events);
        assertTrue(events.contains("上门指导 新建企业 "), "the visit the land bureau joined: " + events);
        browser.screenshot("meeting-calendar");
    }

    @Test
    void anOfficerSchedulesAMeetingForAProjectAndItsPlansDepartmentsAreInvited() {
        String fileNo = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                ServiceFileApiIT.creditCode(), "INDUSTRIAL", b -> { })).assertStatus(201).json().getString("fileNo");

        browser.open("meetings/list.xhtml");
        browser.signIn("officer1", DEMO_PASSWORD);
        browser.clickAjax("meetings:new");
        browser.visible("scheduleForm:place");
        browser.type("scheduleForm:place", "行政服务中心三楼会议室");
        browser.typeDate("scheduleForm:startsAt_input", "2026-06-04 09:30");
        browser.type("scheduleForm:projects_input", fileNo);
        By suggestion = By.cssSelector("[id='scheduleForm:projects_panel'] li[data-item-value='" + fileNo + "']");
        browser.waitUntil(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(suggestion)).click();
        browser.waitForAjax();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("[id='scheduleForm:invited'] input:checked")).isEmpty());
        int invited = browser.driver.findElements(By.cssSelector("[id='scheduleForm:invited'] input:checked")).size();

        browser.clickAjax("scheduleForm:save");
        assertEquals("会议时间 2026-06-04 09:30 已经过去。", browser.text("scheduleForm:warningText").split(" 仍要安排吗？")[0]
                .replaceAll(" 行政服务中心三楼会议室在.*", ""), "a past time is a warning the office confirms");
        browser.clickAndWaitForPage("scheduleForm:scheduleAnyway");

        assertEquals("已安排", browser.text("status"));
        assertEquals("2026-06-04 09:30 – 11:30", browser.text("startsAt"));
        assertEquals(invited, browser.tableTexts("meeting:invitations").size(), "the plan's departments, as ticked");
        assertTrue(browser.text("meeting:messages").contains("会议已安排。"), browser.text("meeting:messages"));
        assertTrue(invited >= 5, "an industrial project's plan involves many departments: " + invited);
    }

    @Test
    void aRoomAlreadyBookedThenIsAWarningTheOfficerConfirms() {
        String booked = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                ServiceFileApiIT.creditCode(), "INDUSTRIAL", b -> { })).assertStatus(201).json().getString("fileNo");
        String fileNo = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                ServiceFileApiIT.creditCode(), "INDUSTRIAL", b -> { })).assertStatus(201).json().getString("fileNo");
        String room = "第" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000) + "会议室";
        api.as("officer1", "POST", "api/meetings", "{\"startsAt\":\"2027-01-06T10:00\",\"place\":\"" + room + "\","
                + "\"projects\":[\"" + booked + "\"],\"departments\":[\"LAND\"]}").assertStatus(201);

        browser.open("meetings/list.xhtml");
        browser.signIn("officer1", DEMO_PASSWORD);
        browser.clickAjax("meetings:new");
        browser.type("scheduleForm:place", room);
        browser.typeDate("scheduleForm:startsAt_input", "2027-01-06 10:30");
        browser.type("scheduleForm:projects_input", fileNo);
        By suggestion = By.cssSelector("[id='scheduleForm:projects_panel'] li[data-item-value='" + fileNo + "']");
        browser.waitUntil(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(suggestion)).click();
        browser.waitForAjax();
        browser.clickAjax("scheduleForm:save");

        assertEquals(room + "在 2027-01-06 10:00 至 12:00 已安排会议（项目 " + booked + "）。 仍要安排吗？",
                browser.text("scheduleForm:warningText"));
        assertEquals("/meetings/list.xhtml", browser.pathAndQuery(), "nothing scheduled yet");
        browser.clickAndWaitForPage("scheduleForm:scheduleAnyway");
        assertEquals("2027-01-06 10:30 – 12:30", browser.text("startsAt"));
        assertEquals(room, browser.text("place"));
    }
}
