package org.projectdesk.shared.control;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * When two written materials are the same material, for every list told to an applicant once (the
 * approvals' one-time notification, the acceptance's list): they differ only in character width (（）
 * and ()), spaces, or trailing punctuation.
 */
public final class MaterialNames {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING = Pattern.compile("[.,;:!?。，、；：！？]+$");

    private MaterialNames() {
    }

    /** The material's name as compared: NFKC (full-width to half-width), no spaces, no trailing punctuation. */
    public static String key(String material) {
        if (material == null) {
            return "";
        }
        String normal = Normalizer.normalize(material, Normalizer.Form.NFKC);
        normal = SPACES.matcher(normal).replaceAll("");
        return TRAILING.matcher(normal).replaceAll("");
    }
}
