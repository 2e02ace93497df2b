package org.projectdesk.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginTest {

    @Test
    void goesOnToThePageFirstAskedForInsideTheApplication() {
        assertEquals("/admin/accounts.xhtml", Login.safeTarget("/admin/accounts.xhtml"));
        assertEquals("/index.xhtml?x=1", Login.safeTarget("/index.xhtml?x=1"));
    }

    @Test
    void neverRedirectsToAnotherHostOrBackToTheLoginPage() {
        assertEquals("/", Login.safeTarget(null));
        assertEquals("/", Login.safeTarget("https://evil.example/"));
        assertEquals("/", Login.safeTarget("//evil.example/"));
        assertEquals("/", Login.safeTarget("/\\evil.example/"));
        assertEquals("/", Login.safeTarget("/login.xhtml?continue=/x"));
    }
}
