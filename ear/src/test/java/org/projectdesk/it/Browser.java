package org.projectdesk.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for the page tests, with waits for page loads and PrimeFaces Ajax. Uses
 * /usr/bin/chromium and /usr/bin/chromedriver when present (never Selenium Manager, no network);
 * elsewhere Selenium Manager finds or fetches a Chrome. Override with -Dprojectdesk.it.chrome and
 * -Dprojectdesk.it.chromedriver.
 */
final class Browser implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static final String AJAX_IDLE = "return document.readyState === 'complete'"
            + " && ((typeof PrimeFaces === 'undefined') || PrimeFaces.ajax.Queue.isEmpty())"
            + " && ((typeof jQuery === 'undefined') || jQuery.active === 0);";

    final WebDriver driver;
    private final Path userDataDir;
    private URI base;

    private Browser(WebDriver driver, Path userDataDir) {
        this.driver = driver;
        this.userDataDir = userDataDir;
    }

    static Browser start() {
        Path userDataDir;
        try {
            userDataDir = Files.createTempDirectory("projectdesk-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--user-data-dir=" + userDataDir, "--lang=zh-CN");
        // Set to Chinese, as the office's browsers are: a page's scripts read the browser's languages (the Gantt
        // chart's months were Ukrainian only for a browser asking for zh-CN). A test meaning English asks for it.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        File chrome = new File(System.getProperty("projectdesk.it.chrome", "/usr/bin/chromium"));
        File chromedriver = new File(System.getProperty("projectdesk.it.chromedriver", "/usr/bin/chromedriver"));
        WebDriver driver;
        if (chrome.canExecute() && chromedriver.canExecute()) {
            System.setProperty("SE_OFFLINE", "true");
            System.setProperty("webdriver.chrome.driver", chromedriver.getAbsolutePath());
            options.setBinary(chrome);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver)
                    .usingAnyFreePort()
                    .build();
            driver = new ChromeDriver(service, options);
        } else {
            // Printed, not logged: the test JVM has no log handler configured, and this must be seen.
            System.err.println("BrowserIT: no executable " + chrome + " and " + chromedriver
                    + ": Selenium Manager will look for (or download) Chrome and its driver");
            driver = new ChromeDriver(options);
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, userDataDir);
    }

    Browser at(URI applicationBase) {
        this.base = applicationBase;
        return this;
    }

    String url(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path).toString();
    }

    /** Opens a page of the application and waits until it is loaded and idle. */
    /** Makes the window this size (e.g. a phone's 390 × 844); the window starts at 1280 × 900. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** Whether the page is wider than the window (a horizontal scroll bar on a phone). */
    boolean overflowsHorizontally() {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth;");
    }

    void open(String path) {
        driver.get(url(path));
        waitForAjax();
    }

    /** All cookies of every site: the next page starts a new session. */
    void forgetCookies() {
        if (driver instanceof ChromiumDriver chromium) {
            chromium.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        } else {
            driver.manage().deleteAllCookies();
        }
    }

    String cookie(String name) {
        Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /**
     * From now on every document records the content security policy violations it meets, from its first
     * script on (the recorder is installed through the DevTools protocol, which the policy does not govern);
     * {@link #cspViolations} reads them.
     */
    void recordCspViolations() {
        if (!(driver instanceof ChromiumDriver chromium)) {
            throw new IllegalStateException("recording CSP violations needs Chromium's DevTools protocol");
        }
        chromium.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.projectDeskCspViolations = [];"
                        + " document.addEventListener('securitypolicyviolation', function (e) {"
                        + " window.projectDeskCspViolations.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || '?')"
                        + " + ' at ' + (e.sourceFile || '?') + ':' + e.lineNumber + ' ' + (e.sample || '')); });"));
    }

    /** What the document shown has violated since it loaded (see {@link #recordCspViolations}). */
    @SuppressWarnings("unchecked")
    java.util.List<String> cspViolations() {
        Object recorded = ((JavascriptExecutor) driver).executeScript("return window.projectDeskCspViolations;");
        if (recorded == null) {
            throw new IllegalStateException("no CSP recorder in " + driver.getCurrentUrl() + ": call recordCspViolations() first");
        }
        return (java.util.List<String>) recorded;
    }

    /** Until the document is complete and neither PrimeFaces nor jQuery has a request under way. */
    void waitForAjax() {
        waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(AJAX_IDLE)));
    }

    <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, TIMEOUT)
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    WebElement visible(String id) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /**
     * Clicks something that submits the whole page (ajax="false") and waits for the next document: the
     * old one carries a marker the new one lacks. (Waiting for the clicked element to go stale is not
     * enough: Chromium may answer "Node with given id does not belong to the document" mid-navigation.)
     */
    void clickAndWaitForPage(String id) {
        WebElement element = waitUntil(ExpectedConditions.elementToBeClickable(By.id(id)));
        String marker = "page-" + System.nanoTime();
        ((JavascriptExecutor) driver).executeScript("window.projectDeskPage = arguments[0];", marker);
        element.click();
        new WebDriverWait(driver, TIMEOUT)
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.projectDeskPage !== arguments[0] && document.readyState === 'complete';", marker)));
        waitForAjax();
    }

    /** Clicks something that sends a PrimeFaces Ajax request and waits for it to finish. */
    void clickAjax(String id) {
        waitUntil(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        waitForAjax();
    }

    void type(String id, String text) {
        WebElement input = waitUntil(ExpectedConditions.elementToBeClickable(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Sets the text of a p:datePicker's input (e.g. "form:on_input") as if typed, without opening its panel.
     * Typing opens the panel, which takes the focus once its opening transition ends (swallowing keys typed
     * later) and heeds clicks outside only from then on; a panel left open covers the fields below it.
     * The picker reads the text on "input" and renders it again on "change", as after typing.
     */
    void typeDate(String id, String isoDate) {
        WebElement input = waitBriefly(ExpectedConditions.elementToBeClickable(By.id(id)));
        ((JavascriptExecutor) driver).executeScript("var input = arguments[0]; input.value = arguments[1];"
                + " input.dispatchEvent(new Event('input', {bubbles: true}));"
                + " input.dispatchEvent(new Event('change', {bubbles: true}));", input, isoDate);
        waitBriefly(ExpectedConditions.attributeToBe(input, "value", isoDate));
    }

    String text(String id) {
        return visible(id).getText().strip();
    }

    boolean present(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    /** The path and query of the page shown, e.g. "/login.xhtml?continue=%2F". */
    String pathAndQuery() {
        URI current = URI.create(driver.getCurrentUrl());
        return current.getRawPath() + (current.getRawQuery() == null ? "" : "?" + current.getRawQuery());
    }

    /** Sign-in through the login page; waits for whatever page comes next (the login page again on failure). */
    void signIn(String username, String password) {
        if (!driver.getCurrentUrl().contains("/login.xhtml")) {
            open("login.xhtml");
        }
        type("login:username", username);
        type("login:password", password);
        clickAndWaitForPage("login:signIn");
    }

    /**
     * Chooses a file in an {@code input type=file} (e.g. the hidden input "upload:file_input" of a skinned
     * PrimeFaces simple fileUpload); made visible first if the driver refuses to type into it hidden.
     */
    void chooseFile(String id, Path file) {
        WebElement input = waitUntil(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        String path = file.toAbsolutePath().toString();
        try {
            input.sendKeys(path);
        } catch (org.openqa.selenium.ElementNotInteractableException e) {
            ((JavascriptExecutor) driver).executeScript("var s = arguments[0].style; s.display = 'block';"
                    + " s.visibility = 'visible'; s.opacity = 1; s.position = 'static'; s.width = 'auto'; s.height = 'auto';", input);
            input.sendKeys(path);
        }
    }

    /**
     * Clicks something that downloads a file (e.g. a p:fileDownload button) and waits until the file is
     * complete in {@code dir}, which must hold no other download in progress; returns the new file.
     */
    Path download(String id, Path dir) {
        try {
            Files.createDirectories(dir);
            java.util.Set<Path> before;
            try (Stream<Path> files = Files.list(dir)) {
                before = files.collect(java.util.stream.Collectors.toSet());
            }
            if (driver instanceof ChromiumDriver chromium) {
                chromium.executeCdpCommand("Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString()));
            }
            waitUntil(ExpectedConditions.elementToBeClickable(By.id(id))).click();
            return new WebDriverWait(driver, TIMEOUT).until(d -> {
                try (Stream<Path> files = Files.list(dir)) {
                    java.util.List<Path> fresh = files.filter(f -> !before.contains(f)).toList();
                    boolean inProgress = fresh.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
                    return inProgress || fresh.size() != 1 ? null : fresh.get(0);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Picks the item of a p:selectOneMenu whose label starts so, and waits for the Ajax it sends and for
     * the panel to close. Clicks the item only once the menu's panel has finished opening (PrimeFaces'
     * CSS transition, which jQuery's ":animated" does not see): mid-transition an item may have no size
     * yet, and the click fails with "element not interactable" or lands beside the item.
     */
    void selectFromMenu(String menuId, String labelStart) {
        By item = By.xpath("//*[@id='" + menuId + "_items']//li[starts-with(@data-label, '" + labelStart + "')]");
        By panel = By.id(menuId + "_panel");
        By label = By.id(menuId + "_label");
        waitBriefly(ExpectedConditions.elementToBeClickable(By.id(menuId))).click();
        waitBriefly(d -> d.findElement(panel).getAttribute("class").contains("ui-connected-overlay-enter-done"));
        waitBriefly(ExpectedConditions.elementToBeClickable(item)).click();
        waitForAjaxBriefly();
        waitBriefly(ExpectedConditions.textToBePresentInElementLocated(label, labelStart));
        waitBriefly(ExpectedConditions.invisibilityOfElementLocated(panel));
    }

    /** The cells' texts of each row of a p:dataTable ("table:id" → rows of "table:id_data"). */
    java.util.List<java.util.List<String>> tableRows(String tableId) {
        return driver.findElements(By.cssSelector("[id='" + tableId + "_data'] > tr")).stream()
                .filter(row -> !row.getAttribute("class").contains("ui-datatable-empty-message"))
                .map(row -> row.findElements(By.tagName("td")).stream().map(td -> td.getText().strip()).toList())
                .toList();
    }

    /**
     * Like {@link #tableRows}, in one script call (a large table costs one WebDriver round trip per
     * cell otherwise): the rendered text of each cell of each row of "table:id_data".
     */
    @SuppressWarnings("unchecked")
    java.util.List<java.util.List<String>> tableTexts(String tableId) {
        return (java.util.List<java.util.List<String>>) ((JavascriptExecutor) driver).executeScript(
                "var body = document.getElementById(arguments[0] + '_data'); if (!body) { return []; }"
                        + " return Array.from(body.children).filter(function (tr) { return tr.tagName === 'TR'"
                        + " && !tr.classList.contains('ui-datatable-empty-message'); })"
                        + ".map(function (tr) { return Array.from(tr.children).filter(function (td) { return td.tagName === 'TD'; })"
                        + ".map(function (td) { return td.innerText.trim(); }); });", tableId);
    }

    /** As {@link #waitForAjax}, polling every 50 ms. */
    void waitForAjaxBriefly() {
        waitBriefly(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(AJAX_IDLE)));
    }

    /** As {@link #clickAjax}, polling every 50 ms. */
    void clickAjaxBriefly(String id) {
        waitBriefly(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        waitForAjaxBriefly();
    }

    /** As {@link #waitUntil}, polling every 50 ms instead of 500 for conditions that are met within moments. */
    <T> T waitBriefly(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(50))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /** Removes screenshots of an earlier run whose names start so (e.g. the failures). */
    static void deleteScreenshots(String prefix) throws IOException {
        Path dir = screenshotDir();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static Path screenshotDir() {
        return Path.of(System.getProperty("projectdesk.it.screenshots", "target/screenshots"));
    }

    /** Saves what the browser shows to target/screenshots/{name}.png. */
    Path screenshot(String name) {
        Path dir = screenshotDir();
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]+", "_") + ".png");
            Files.deleteIfExists(file);
            return Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes the browser ask for {@code acceptLanguage} (its Accept-Language and {@code navigator.languages}), as a
     * browser set to those languages does, until the returned handle is closed: a page's scripts may read the
     * browser's languages, and the test browser's own are Chinese (zh-CN, zh).
     */
    AutoCloseable asking(String acceptLanguage) {
        ChromiumDriver chromium = (ChromiumDriver) driver;
        String userAgent = (String) chromium.executeScript("return navigator.userAgent");
        String own = (String) chromium.executeScript("return navigator.languages.join(',')");
        chromium.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", userAgent, "acceptLanguage", acceptLanguage));
        return () -> chromium.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", userAgent, "acceptLanguage", own));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(userDataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // a leftover temporary directory is no reason to fail the tests
            }
        }
    }
}
