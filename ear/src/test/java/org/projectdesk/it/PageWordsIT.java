package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page of web/src/main/webapp, as every kind of user and in both languages, reads in words (issue 17,
 * "Words people read"): no {@code ???} of a missing message, no raw enum constant, no department or town code
 * where its name belongs, no login name where a person's name belongs, no file path; and in English no Chinese
 * name of a category or a department, which the catalogue has in English. The pages are read over HTTP with the
 * session's cookie, as the server renders them (hidden dialogs included), on data seeded through the API: a
 * project with matters approved, accepted, suspended, returned and awaiting a supplement, a complaint answered, a
 * problem; a project's pre-review meeting with a department's opinion; a green-channel project with a simulated approval;
 * an acceptance case in rectification; a town's referral; the time-limit scan's notices.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageWordsIT {

    private static final Path WEBAPP = Path.of("../web/src/main/webapp");
    private static final Path EJB_SOURCES = Path.of("../ejb/src/main/java");

    /** Who reads: one account of each role (null: nobody signed in). */
    private static final List<String> READERS = List.of("officer1", "director", "leader", "admin", "investor1", "dept-land",
            "town-hmkfq", "");

    /** Capitals that are words people know, not enum constants. */
    private static final Set<String> KNOWN_CAPITALS = Set.of("PDF", "PNG", "JPEG", "CSV", "XLS", "XLSX", "DOC", "DOCX", "ZIP", "GB", "II", "III",
            "IV", "ID", "URL", "API", "OK");

    /**
     * What a page rightly shows (by the finding's first word): the reference pages list the codes they keep, the
     * ledger's import help names the status codes a file may carry, the catalogue lists both names of a department,
     * the public disclosure quotes the catalogue's materials and legal bases, kept in Chinese only, and the materials
     * library lists the Chinese wordings of documents that a notification matches (its synonyms), in either language,
     * and the administrator's backups page names the server folder the backups are in (to be copied off the machine).
     */
    private static final Map<String, Set<String>> RIGHTLY_SHOWN = Map.of(
            "reference/towns.xhtml", Set.of("code"),
            "reference/catalogue.xhtml", Set.of("code", "constant", "Chinese"),
            "projects/ledger.xhtml", Set.of("constant"),
            "public/disclosure.xhtml", Set.of("Chinese"),
            "reference/materials.xhtml", Set.of("Chinese"),
            "admin/backups.xhtml", Set.of("file"));

    private static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}（）]+");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*");
    private static final Pattern SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+");
    private static final Pattern NUMBERED_LOGIN = Pattern.compile("(?:officer|investor)\\d+|(?:dept|town)-[a-z]+");
    private static final Pattern FILE_PATH = Pattern.compile(
            "(?<![\\w/])(?:config/[\\w./-]+|/tmp\\b[\\w./-]*|~/[\\w./-]+|[\\w./-]+\\.csv\\b)");
    private static final Pattern VIEW_STATE = Pattern.compile(
            "<input[^>]*name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    private static Seed seed;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @ArquillianResource
    URL injectedBase;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh-CN", "en"})
    void everyPageReadsInWordsForEveryReader(String language) {
        URI base = ProjectDeskDeployment.base(injectedBase);
        Seed data = seeded(new ApiClient(base));
        Words words = words(new ApiClient(base), language.equals("en"));
        Map<String, List<String>> pages = pagesWithParameters(data);
        List<String> found = new ArrayList<>();
        int read = 0;
        for (String reader : READERS) {
            PageSession session = PageSession.open(base, language, reader);
            for (Map.Entry<String, List<String>> page : pages.entrySet()) {
                for (String query : page.getValue()) {
                    String address = page.getKey() + (query.isEmpty() ? "" : "?" + query);
                    HttpResponse<String> answer = session.get(address);
                    String where = address + " as " + (reader.isEmpty() ? "nobody" : reader) + " in " + language;
                    assertTrue(answer.statusCode() < 500, () -> where + " answered " + answer.statusCode());
                    if (answer.statusCode() >= 300 && answer.statusCode() < 400) {
                        continue;
                    }
                    read++;
                    Set<String> rightly = RIGHTLY_SHOWN.getOrDefault(page.getKey(), Set.of());
                    words.check(page.getKey(), visibleText(page.getKey(), answer.body(), words)).stream()
                            .filter(problem -> !rightly.contains(problem.substring(0, problem.indexOf(' '))))
                            .forEach(problem -> found.add(where + ": " + problem));
                }
            }
        }
        assertTrue(read > READERS.size() * 10, "pages were read: " + read);
        assertEquals(List.of(), found, found.size() + " places do not read in words:\n" + String.join("\n", found));
    }

    // ---------------------------------------------------------------- the pages

    /** Every page under webapp (not WEB-INF) with the queries it is read with; a page taking an id must be given one. */
    private static Map<String, List<String>> pagesWithParameters(Seed data) {
        Map<String, List<String>> queries = Map.of(
                "projects/file.xhtml", List.of("fileNo=" + data.fileNo, "fileNo=" + data.greenFileNo,
                        "fileNo=" + data.meetingFileNo),
                "projects/print.xhtml", List.of("fileNo=" + data.fileNo),
                "projects/intake.xhtml", List.of("", "referral=" + data.referral),
                "projects/list.xhtml", List.of("", "department=LAND"),
                "portal/status.xhtml", List.of("fileNo=" + data.fileNo, "fileNo=" + data.greenFileNo),
                "portal/acceptance.xhtml", List.of("fileNo=" + data.acceptanceFileNo + "&id=" + data.acceptance),
                "acceptance/case.xhtml", List.of("id=" + data.acceptance),
                "meetings/meeting.xhtml", List.of("id=" + data.meeting),
                "meetings/calendar.xhtml", List.of("", "date=2026-06-03"),
                "referrals/referral.xhtml", List.of("id=" + data.referral));
        Map<String, List<String>> pages = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList()) {
                String page = WEBAPP.relativize(file).toString().replace('\\', '/');
                if (page.startsWith("WEB-INF/")) {
                    continue;
                }
                String source = Files.readString(file);
                boolean takesAnId = Pattern.compile("f:viewParam name=\"(fileNo|id)\"").matcher(source).find();
                assertFalse(takesAnId && !queries.containsKey(page), page + " takes an id: give it one in this test");
                pages.put(page, queries.getOrDefault(page, List.of("")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the pages under " + WEBAPP.toAbsolutePath(), e);
        }
        assertTrue(pages.keySet().containsAll(queries.keySet()), "every page given a query exists: " + pages.keySet());
        return pages;
    }

    /**
     * What a person reads: the text between the tags, the title, and the tooltips, placeholders, labels and
     * button values; no script, style or other attribute. On the accounts page the user-name column, and in the
     * header the tooltip naming the signed-in account, which rightly show login names, are left out.
     */
    static String visibleText(String page, String html, Words words) {
        String text = html.replaceAll("(?is)<script\\b.*?</script>", " ").replaceAll("(?is)<style\\b.*?</style>", " ")
                .replaceAll("(?s)<!--.*?-->", " ");
        if (page.equals("admin/accounts.xhtml")) {
            text = Pattern.compile("(?is)<td\\b[^>]*>((?:(?!</td>).)*)</td>").matcher(text).replaceAll(cell -> {
                String content = cell.group(1).replaceAll("<[^>]*>", " ").strip();
                String last = content.substring(content.lastIndexOf(' ') + 1);
                return words.isLogin(last) ? " " : Matcher.quoteReplacement(cell.group());
            });
        }
        Matcher tag = Pattern.compile("(?s)<(/?)([a-zA-Z][a-zA-Z0-9]*)\\b([^>]*)>").matcher(text);
        StringBuilder out = new StringBuilder();
        while (tag.find()) {
            StringBuilder readable = new StringBuilder(" ");
            String attributes = tag.group(3);
            Matcher attribute = Pattern.compile("(?:^|\\s)(title|placeholder|aria-label|alt|value|type)\\s*=\\s*\"([^\"]*)\"")
                    .matcher(attributes);
            Map<String, String> found = new LinkedHashMap<>();
            while (attribute.find()) {
                found.put(attribute.group(1), attribute.group(2));
            }
            // The header's tooltip on the signed-in user's name says which account that is: rightly a login name.
            boolean ownAccount = attributes.contains("id=\"shell:user\"");
            for (String name : List.of("title", "placeholder", "aria-label", "alt")) {
                if (found.containsKey(name) && !(ownAccount && name.equals("title"))) {
                    readable.append(found.get(name)).append(' ');
                }
            }
            if (tag.group(2).equalsIgnoreCase("input") && Set.of("submit", "button").contains(found.get("type"))
                    && found.containsKey("value")) {
                readable.append(found.get("value")).append(' ');
            }
            tag.appendReplacement(out, Matcher.quoteReplacement(readable.toString()));
        }
        tag.appendTail(out);
        return unescape(out.toString()).replaceAll("\\s+", " ").strip();
    }

    private static String unescape(String text) {
        Matcher entity = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);").matcher(text);
        return entity.replaceAll(m -> {
            String e = m.group(1);
            String plain = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> new String(Character.toChars(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16)
                        : Integer.parseInt(e.substring(1))));
            };
            return Matcher.quoteReplacement(plain);
        });
    }

    // ---------------------------------------------------------------- what must not be read

    /** What a page must not show, and where it is found in a page's text. */
    record Words(Set<String> enumConstants, Set<String> codes, Set<String> chineseNames, boolean english) {

        boolean isLogin(String token) {
            return NUMBERED_LOGIN.matcher(token).matches() || Set.of("director", "leader", "admin").contains(token);
        }

        List<String> check(String page, String text) {
            Set<String> problems = new LinkedHashSet<>();
            for (int at = text.indexOf("???"); at >= 0; at = text.indexOf("???", at + 3)) {
                problems.add("??? in «" + around(text, at, 3) + "»");
            }
            Matcher token = TOKEN.matcher(text);
            while (token.find()) {
                String word = token.group();
                String context = around(text, token.start(), word.length());
                if (KNOWN_CAPITALS.contains(word)) {
                    continue;
                }
                if (SNAKE.matcher(word).matches() || enumConstants.contains(word)) {
                    problems.add("constant " + word + " in «" + context + "»");
                } else if (codes.contains(word)) {
                    problems.add("code " + word + " in «" + context + "»");
                } else if (!page.equals("login.xhtml") && (NUMBERED_LOGIN.matcher(word).matches()
                        || (!english && Set.of("director", "leader", "admin").contains(word)))) {
                    problems.add("login name " + word + " in «" + context + "»");
                }
            }
            Matcher path = FILE_PATH.matcher(text);
            while (path.find()) {
                problems.add("file path " + path.group() + " in «" + around(text, path.start(), path.group().length()) + "»");
            }
            if (english) {
                // A name standing alone, not a part of Chinese data that contains it (a material, an account's name).
                Matcher chinese = CHINESE.matcher(text);
                while (chinese.find()) {
                    if (chineseNames.contains(chinese.group())) {
                        problems.add("Chinese name " + chinese.group() + " in «" + around(text, chinese.start(),
                                chinese.group().length()) + "»");
                    }
                }
            }
            return List.copyOf(problems);
        }

        private static String around(String text, int at, int length) {
            return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + length + 40));
        }
    }

    private static Words words(ApiClient api, boolean english) {
        Set<String> codes = new HashSet<>();
        Set<String> names = new TreeSet<>();
        for (JsonObject department : api.as("admin", "GET", "api/catalogue/departments", null).assertStatus(200).jsonArray()
                .getValuesAs(JsonObject.class)) {
            codes.add(department.getString("code"));
            names.add(department.getString("name"));
        }
        for (JsonObject town : api.as("admin", "GET", "api/catalogue/towns", null).assertStatus(200).jsonArray()
                .getValuesAs(JsonObject.class)) {
            codes.add(town.getString("code"));
        }
        for (JsonObject category : api.as("admin", "GET", "api/catalogue/categories", null).assertStatus(200).jsonArray()
                .getValuesAs(JsonObject.class)) {
            if (!ApiClient.stringOrNull(category, "nameEn").isBlank()) {
                names.add(category.getString("name"));
            }
        }
        return new Words(enumConstants(), codes, names, english);
    }

    /**
     * The constants of every enum of the ejb module's sources (of three letters or more: stage "I" is a name), read
     * from the sources, as this test's class path does not have the ejb module's classes.
     */
    private static Set<String> enumConstants() {
        Pattern enumBody = Pattern.compile("\\benum\\s+\\w+[^{]*\\{([^;}]*)");
        Set<String> constants = new TreeSet<>();
        try (Stream<Path> files = Files.walk(EJB_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher body = enumBody.matcher(Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", " ")
                        .replaceAll("//[^\\n]*", " "));
                while (body.find()) {
                    String list = body.group(1);
                    for (String previous = ""; !previous.equals(list); ) {
                        previous = list;
                        list = list.replaceAll("\\([^()]*\\)", "");
                    }
                    for (String constant : list.split(",")) {
                        String name = constant.strip();
                        if (name.matches("[A-Z][A-Z0-9_]{2,}")) {
                            constants.add(name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the sources under " + EJB_SOURCES.toAbsolutePath(), e);
        }
        assertTrue(constants.containsAll(Set.of("IN_REVIEW", "SIMULATED", "APPROVED", "COMPLAINT_FILED")), constants.toString());
        return constants;
    }

    // ---------------------------------------------------------------- the data

    record Seed(String fileNo, String greenFileNo, String meetingFileNo, long meeting, String acceptanceFileNo, long acceptance, long referral) {
    }

    private static synchronized Seed seeded(ApiClient api) {
        if (seed == null) {
            seed = seed(api);
        }
        return seed;
    }

    private static Seed seed(ApiClient api) {
        String meetingFileNo = PortalApiIT.projectWithNotification(api, ServiceFileApiIT.INVESTOR1_CODE);
        long meeting = api.as("officer1", "GET", "api/projects/" + meetingFileNo + "/meetings", null).assertStatus(200)
                .jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        String fileNo = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                ServiceFileApiIT.INVESTOR1_CODE, "INDUSTRIAL", b -> { })).assertStatus(201).json().getString("fileNo");
        step(api, fileNo, "DRC-01", Json.createObjectBuilder().add("type", "ACCEPT").add("on", "2026-06-02"));
        step(api, fileNo, "DRC-01", Json.createObjectBuilder().add("type", "APPROVE").add("on", "2026-06-02")
                .add("documentNo", "海发改备〔2026〕1号"));
        List<JsonObject> ready = api.as("officer1", "GET", "api/projects/" + fileNo, null).assertStatus(200).json()
                .getJsonArray("matters").getValuesAs(JsonObject.class).stream()
                .filter(m -> !m.getString("categoryCode").equals("DRC-01"))
                .filter(m -> m.getJsonArray("prerequisites").getValuesAs(jakarta.json.JsonString.class).stream()
                        .allMatch(p -> p.getString().equals("DRC-01"))).limit(4).toList();
        assertEquals(4, ready.size(), "four matters follow the filing: " + ready);
        for (JsonObject matter : ready) {
            var accept = Json.createObjectBuilder().add("type", "ACCEPT").add("on", "2026-06-04");
            if (matter.getString("caseType").equals("FORWARDED")) {
                accept.add("externalDueOn", "2026-07-15");
            }
            step(api, fileNo, matter.getString("categoryCode"), accept);
        }
        step(api, fileNo, ready.get(1).getString("categoryCode"), Json.createObjectBuilder().add("type", "SUSPEND")
                .add("on", "2026-06-08").add("procedureType", 2).add("reason", "组织专家评审"));
        step(api, fileNo, ready.get(2).getString("categoryCode"), Json.createObjectBuilder().add("type", "RETURN")
                .add("on", "2026-06-08").add("reason", "申请材料与项目不符"));
        step(api, fileNo, ready.get(3).getString("categoryCode"), Json.createObjectBuilder().add("type", "REQUEST_SUPPLEMENT")
                .add("on", "2026-06-08").add("materials", Json.createArrayBuilder().add("补充说明")));
        long complaint = api.as("investor1", "POST", "api/complaints", ApiClient.json("fileNo", fileNo, "text",
                "审批进度慢 " + UUID.randomUUID())).assertStatus(201).json().getJsonNumber("id").longValue();
        api.as("director", "POST", "api/complaints/" + complaint + "/answer", ApiClient.json("answer", "已督促国土部门加快办理"))
                .assertStatus(200);
        api.as("investor1", "POST", "api/complaints", ApiClient.json("fileNo", fileNo, "text", "现场踏勘未通知 "
                + UUID.randomUUID())).assertStatus(201);
        api.as("officer1", "POST", "api/projects/" + fileNo + "/problems", Json.createObjectBuilder()
                .add("description", "用地指标待落实").add("departments", Json.createArrayBuilder().add("LAND"))
                .add("dueDays", 5).add("source", "OFFICER").build().toString()).assertStatus(201);

        String greenFileNo = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                ServiceFileApiIT.INVESTOR1_CODE, "INDUSTRIAL", b -> b.add("landStatus", "IN_TRANSFER")))
                .assertStatus(201).json().getString("fileNo");
        api.as("officer1", "POST", "api/projects/" + greenFileNo + "/events",
                ApiClient.json("type", "PROPOSE_GREEN_CHANNEL", "reason", "省重大项目")).assertStatus(200);
        api.as("director", "POST", "api/projects/" + greenFileNo + "/events",
                ApiClient.json("type", "GRANT_GREEN_CHANNEL", "reason", "同意")).assertStatus(200);
        step(api, greenFileNo, "DRC-01", Json.createObjectBuilder().add("type", "ACCEPT").add("on", "2026-06-02"));
        step(api, greenFileNo, "DRC-01", Json.createObjectBuilder().add("type", "APPROVE").add("on", "2026-06-02")
                .add("documentNo", "海发改备〔2026〕2号"));
        step(api, greenFileNo, "EIC-01", Json.createObjectBuilder().add("type", "ACCEPT").add("on", "2026-06-03"));
        step(api, greenFileNo, "EIC-01", Json.createObjectBuilder().add("type", "ISSUE_SIMULATED").add("on", "2026-06-05")
                .add("documentNo", "海经信模〔2026〕1号").add("conditions", "取得用地后换发正式文件")
                .add("pledge", "企业承诺承担模拟审批风险"));

        JsonObject acceptance = AcceptanceCases.rectifying(api, 1);
        long referral = api.as("town-hmkfq", "POST", "api/referrals", Json.createObjectBuilder().add("townCode", "HMKFQ")
                .add("enterpriseName", "海门常乐精工机械有限公司").add("creditCode", ServiceFileApiIT.INVESTOR1_CODE)
                .add("projectName", "精密齿轮扩建项目").add("investment", 42000).add("industry", "装备制造")
                .add("landStatus", "IN_TRANSFER").add("landNote", "开发区约60亩").add("contactName", "陆建华")
                .add("contactPhone", "0513-8291 0000").build().toString()).assertStatus(201).json().getJsonNumber("id").longValue();
        assertEquals("SUCCESS", api.as("admin", "POST", "api/admin/jobs/time-limit-scan/run", null).assertStatus(200).json()
                .getString("outcome"));
        return new Seed(fileNo, greenFileNo, meetingFileNo, meeting, acceptance.getString("fileNo"), AcceptanceCases.id(acceptance), referral);
    }

    private static void step(ApiClient api, String fileNo, String category, jakarta.json.JsonObjectBuilder event) {
        api.as("officer1", "POST", "api/projects/" + fileNo + "/matters/" + category + "/events", event.build().toString())
                .assertStatus(200);
    }

    // ---------------------------------------------------------------- a signed-in session over HTTP

    /** A session as the browser keeps it (its cookie), signed in through the login form, in the chosen language. */
    static final class PageSession {

        private final HttpClient http;
        private final URI base;

        private PageSession(URI base) {
            this.base = base;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10)).build();
        }

        static PageSession open(URI base, String language, String username) {
            PageSession session = new PageSession(base);
            String login = session.get("login.xhtml").body();
            if (language.equals("en")) {
                HttpResponse<String> switched = session.post("login.xhtml", Map.of("language", "language",
                        "language:switch", "language:switch", "jakarta.faces.ViewState", viewState(login)));
                assertEquals(302, switched.statusCode(), "the language switch: " + switched.body());
                login = session.get("login.xhtml").body();
                assertTrue(login.contains("lang=\"en\""), "English after the switch");
            }
            if (!username.isEmpty()) {
                HttpResponse<String> signedIn = session.post("login.xhtml", Map.of("login", "login", "login:username", username,
                        "login:password", ProjectDeskDeployment.DEMO_PASSWORD, "login:signIn", "",
                        "jakarta.faces.ViewState", viewState(login)));
                assertEquals(302, signedIn.statusCode(), username + " signs in: " + signedIn.body());
                assertFalse(signedIn.headers().firstValue("Location").orElse("").contains("login.xhtml"), username + " signs in");
            }
            return session;
        }

        private static String viewState(String page) {
            Matcher state = VIEW_STATE.matcher(page);
            assertTrue(state.find(), "a view state in " + page);
            return unescape(state.group(1));
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(base.resolve(path)).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> form) {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", base.toString().replaceAll("/$", ""))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
