package org.projectdesk.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** A stored name inside a page's script: it cannot end the script element, and it reads back as stored. */
class ScriptJsonTest {

    private static final String PAYLOAD = "</script><script>document.title='PWNED'</script><!-- & \u2028";

    @Test
    void nothingInAStringCanCloseTheScriptOrOpenACommentAndTheValueIsUnchanged() {
        JsonObject chart = Json.createObjectBuilder().add("labels", Json.createArrayBuilder().add(PAYLOAD).add("国土局"))
                .add("stacked", true).add("precision", 0).build();

        String written = ScriptJson.of(chart);

        assertFalse(written.matches("(?s).*[<>&'\u2028\u2029].*"), written);
        assertEquals("{\"labels\":[\"\\u003c/script\\u003e\\u003cscript\\u003edocument.title=\\u0027PWNED\\u0027\\u003c/script\\u003e"
                + "\\u003c!-- \\u0026 \\u2028\",\"国土局\"],\"stacked\":true,\"precision\":0}", written);
        assertEquals(chart, Json.createReader(new StringReader(written)).readObject());
    }
}
