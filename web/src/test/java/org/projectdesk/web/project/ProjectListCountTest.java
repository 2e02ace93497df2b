package org.projectdesk.web.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.projectdesk.servicefile.boundary.ProjectFilter;
import org.projectdesk.servicefile.boundary.ProjectLists;
import org.projectdesk.servicefile.boundary.ProjectPage;

/**
 * What the project list's paginator says of the count: "共 N 个项目" when the boundary counted exactly, "约 N 个项目"
 * when it answered a large list with a count kept from a while ago ({@code totalExact} false). The text is the
 * page's message with PrimeFaces' {totalRecords} filled in, as the paginator writes it.
 */
class ProjectListCountTest {

    @Test
    void aLargeListKeptCountReadsAsAbout() throws IOException {
        assertEquals("约 100016 个项目", report(new ProjectPage(List.of(), 100_016, 0, 20, false), ""));
        assertEquals("about 100016 projects", report(new ProjectPage(List.of(), 100_016, 0, 20, false), "_en"));
    }

    @Test
    void anExactCountReadsAsTheTotal() throws IOException {
        assertEquals("共 37 个项目", report(new ProjectPage(List.of(), 37, 0, 20, true), ""));
    }

    @Test
    void theReportFollowsThePageLoadedLast() throws IOException {
        ProjectListPage page = pageAnswering(new ProjectPage(List.of(), 100_016, 0, 20, false));
        page.getRows().load(0, 20, Map.of(), Map.of());
        page.lists = answering(new ProjectPage(List.of(), 1_200, 0, 20, true));
        page.getRows().load(0, 20, Map.of(), Map.of());
        assertEquals("projects.count", page.getCountReportKey());
    }

    private static String report(ProjectPage answer, String language) throws IOException {
        ProjectListPage page = pageAnswering(answer);
        page.getRows().load(0, 20, Map.of(), Map.of());
        String template = messages(language).getProperty(page.getCountReportKey());
        return template.replace("{totalRecords}", String.valueOf(page.getRows().getRowCount()));
    }

    private static ProjectListPage pageAnswering(ProjectPage answer) {
        ProjectListPage page = new ProjectListPage();
        page.lists = answering(answer);
        return page;
    }

    private static ProjectLists answering(ProjectPage answer) {
        return new ProjectLists() {
            @Override
            public ProjectPage list(ProjectFilter filter, int page, int size, String sortField, boolean ascending) {
                return answer;
            }
        };
    }

    /** "" the Chinese (the default language, messages_zh_CN), "_en" the English (the base bundle). */
    private static Properties messages(String language) throws IOException {
        String name = "/org/projectdesk/web/i18n/messages" + (language.isEmpty() ? "_zh_CN" : "") + ".properties";
        Properties properties = new Properties();
        try (InputStream in = ProjectListCountTest.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
