package org.sanxiang.rules.record;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.sanxiang.rules.Citation;

/**
 * How long a record is kept: a period ({@code atLeast} when the document says 不少于), or as long as
 * its case file (同相关档案保存期限 / 与案卷保存期限相同), whose own period the archive sets.
 */
public record Retention(String record, Period period, boolean caseFile, boolean atLeast, Citation citation) {

    public Retention {
        if (caseFile == (period != null)) {
            throw new IllegalArgumentException("a retention is either a period or the case file's, not both");
        }
    }

    static Retention parse(String record, String value, boolean atLeast, Citation citation) {
        return RecordRules.CASE_FILE.equals(value)
                ? new Retention(record, null, true, false, citation)
                : new Retention(record, Period.parse(value), false, atLeast, citation);
    }

    /** The earliest day the record may be destroyed, when it has its own period. */
    public Optional<LocalDate> keptUntil(LocalDate made) {
        return caseFile ? Optional.empty() : Optional.of(made.plus(period));
    }

    /** "P3M", "P6M" or "case-file". */
    public String value() {
        return caseFile ? RecordRules.CASE_FILE : period.toString();
    }
}
