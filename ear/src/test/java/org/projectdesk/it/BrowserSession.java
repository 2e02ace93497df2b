package org.projectdesk.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * One headless browser per test class: started before the class's tests, closed after them, and a
 * screenshot {@code target/screenshots/<prefix><test>.png} of the page when a test fails. Register
 * it as a static {@code @RegisterExtension} field; its callbacks run before the class's own
 * {@code @BeforeAll} methods, so these may use {@link #browser()}.
 */
final class BrowserSession implements BeforeAllCallback, AfterAllCallback, TestWatcher {

    private final String failurePrefix;
    private Browser browser;

    BrowserSession(String failurePrefix) {
        this.failurePrefix = failurePrefix;
    }

    Browser browser() {
        if (browser == null) {
            throw new IllegalStateException("The browser starts before the test class's tests, not earlier");
        }
        return browser;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        try {
            Browser.deleteScreenshots(failurePrefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        browser = Browser.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (browser == null) {
            return;
        }
        String owner = context.getRequiredTestClass().getSimpleName();
        String method = context.getRequiredTestMethod().getName();
        String name = context.getDisplayName().equals(method + "()") ? method : method + "-" + context.getDisplayName();
        try {
            System.err.println(owner + ": " + name + " failed at " + browser.driver.getCurrentUrl()
                    + ", screenshot " + browser.screenshot(failurePrefix + name));
        } catch (RuntimeException e) {
            System.err.println(owner + ": no screenshot of the failure of " + name + ": " + e);
        }
    }
}
