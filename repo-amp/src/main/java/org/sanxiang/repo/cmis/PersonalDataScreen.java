package org.sanxiang.repo.cmis;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sanxiang.workflow.port.Publication;

/**
 * Refuses text that still carries personal data the summaries never publish: an individual's resident
 * ID number (18 characters with a valid ISO 7064 check digit) or a mainland mobile phone number.
 * This is the channel's own check; a redaction package, where present, can be chained in with
 * {@link PublicationScreen#and(PublicationScreen)}.
 */
public final class PersonalDataScreen implements PublicationScreen {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])[1-9]\\d{16}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    @Override
    public void check(Publication p) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("title", p.title());
        fields.put("summary", p.summary());
        if (p.redactedText() != null) {
            fields.put("redactedText", p.redactedText());
        }
        fields.forEach((field, text) -> {
            Matcher id = ID_NUMBER.matcher(text);
            while (id.find()) {
                if (validIdNumber(id.group())) {
                    throw new RefusedPublicationException(field + ": contains an unredacted ID number at offset "
                            + id.start() + " (case " + p.caseId() + ")");
                }
            }
            Matcher mobile = MOBILE.matcher(text);
            if (mobile.find()) {
                throw new RefusedPublicationException(field + ": contains an unredacted mobile phone number at offset "
                        + mobile.start() + " (case " + p.caseId() + ")");
            }
        });
    }

    static boolean validIdNumber(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == CHECK.charAt(sum % 11);
    }
}
