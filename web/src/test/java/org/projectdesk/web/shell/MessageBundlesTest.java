package org.projectdesk.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.projectdesk.supervision.entity.NoticeKind;

/** The two languages say the same things, and every kind of notice has its name in the inbox (never ???notice.X???). */
class MessageBundlesTest {

    private static final String BUNDLE = "/org/projectdesk/web/i18n/messages";

    private static Set<String> keys(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(BUNDLE + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> english = keys("");
        Set<String> chinese = keys("_zh_CN");
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(chinese);
        Set<String> onlyChinese = new TreeSet<>(chinese);
        onlyChinese.removeAll(english);
        assertEquals(Set.of(), onlyEnglish, "keys without a Chinese text");
        assertEquals(Set.of(), onlyChinese, "keys without an English text");
    }

    @Test
    void everyNoticeKindIsNamedInBothLanguages() throws IOException {
        for (String suffix : new String[] {"", "_zh_CN"}) {
            Set<String> keys = keys(suffix);
            Set<String> unnamed = new TreeSet<>();
            Arrays.stream(NoticeKind.values()).map(k -> "notice." + k.name()).filter(k -> !keys.contains(k)).forEach(unnamed::add);
            assertEquals(Set.of(), unnamed, "notice kinds without a name in messages" + suffix);
        }
    }
}
