package org.projectdesk.web.shell;

import jakarta.json.JsonStructure;

/**
 * JSON that a page writes inside a script element (a chart's model, which PrimeFaces puts into the
 * widget's script as it is). JSON's own quoting does not stop a stored {@code </script>} from ending
 * the script element early and running what follows it, so the characters that mean something to
 * the HTML parser or to a JavaScript source ({@code < > & '} and the line and paragraph separators)
 * are written as JSON escapes, which a script reads back as the same characters. They can occur
 * only inside JSON strings, so escaping them wherever they stand keeps the JSON the same value.
 * Every value that reaches a page's script goes through {@link #of}.
 */
public final class ScriptJson {

    private ScriptJson() {
    }

    public static String of(JsonStructure value) {
        String json = value.toString();
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<', '>', '&', '\'', '\u2028', '\u2029' -> safe.append(String.format("\\u%04x", (int) c));
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
