package org.projectdesk.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RequestBodyLimitsTest {

    private static final long TEN_MB = 10L * 1024 * 1024;

    @Test
    void aLedgerImportTakesItsOwnLimitAndOneByteMore() {
        assertEquals(TEN_MB + 1, RequestBodyLimits.limitOf(true, "/api/projects/ledger", -1, () -> TEN_MB));
        assertEquals(TEN_MB + 1, RequestBodyLimits.limitOf(true, "/api/projects/ledger/preview", 5_000, () -> TEN_MB));
        assertEquals(2L * 1024 * 1024 * 1024 + 1,
                RequestBodyLimits.limitOf(true, "/api/projects/ledger", -1, () -> 2L * 1024 * 1024 * 1024));
    }

    @Test
    void aLedgerSaidToBeLargerIsTakenWholeSoThatItsRefusalReachesTheSender() {
        assertEquals(500_000_000L, RequestBodyLimits.limitOf(true, "/api/projects/ledger", 500_000_000L, () -> TEN_MB));
    }

    @Test
    void everyOtherRequestTakesSixtyFourMegabytes() {
        assertEquals(64L * 1024 * 1024, RequestBodyLimits.limitOf(true, "/api/projects", 500_000_000L, () -> TEN_MB));
        assertEquals(64L * 1024 * 1024, RequestBodyLimits.limitOf(false, "/api/projects/ledger", -1, () -> TEN_MB));
        assertEquals(64L * 1024 * 1024, RequestBodyLimits.limitOf(true, "/api/projects/ledger.csv", -1, () -> TEN_MB));
        assertEquals(64L * 1024 * 1024, RequestBodyLimits.limitOf(true, "/login.xhtml", 100, () -> TEN_MB));
    }
}
