package org.sanxiang.repo.cmis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.sanxiang.rules.redaction.Confidence;
import org.sanxiang.rules.redaction.RedactedSpan;
import org.sanxiang.rules.redaction.Redactor;
import org.sanxiang.rules.redaction.SpanKind;
import org.sanxiang.workflow.port.Publication;

/**
 * Refuses a publication whose title, summary or text still carries personal data that disclosure
 * never publishes (wuhan-2020 公示 第九条): a resident ID number with a valid check digit, a mobile
 * number, or a bank card number that passes the Luhn check. Detection is the rules' own
 * {@link Redactor}, run again here so the channel does not trust the upstream step.
 */
public final class PersonalDataScreen implements PublicationScreen {

    /** Kinds that refuse a publication, and the confidence from which they do. */
    private static final Set<SpanKind> ALWAYS = Set.of(SpanKind.RESIDENT_ID, SpanKind.MOBILE_PHONE);
    private static final Set<SpanKind> WHEN_CERTAIN = Set.of(SpanKind.BANK_CARD);

    private final Redactor redactor = Redactor.patternsOnly();

    @Override
    public void check(Publication p) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", p.title());
        fields.put("summary", p.summary());
        if (p.redactedText() != null) {
            fields.put("redactedText", p.redactedText());
        }
        fields.forEach((field, text) -> {
            for (RedactedSpan span : redactor.redact(text).spans()) {
                boolean refuse = span.kind() == SpanKind.RESIDENT_ID
                        ? span.confidence() == Confidence.HIGH // a valid check digit
                        : ALWAYS.contains(span.kind())
                                || WHEN_CERTAIN.contains(span.kind()) && span.confidence() == Confidence.HIGH;
                if (refuse) {
                    throw new RefusedPublicationException(field + ": contains an unredacted "
                            + span.kind().labelEn() + " at offset " + span.start() + " (case " + p.caseId() + ")");
                }
            }
        });
    }
}
