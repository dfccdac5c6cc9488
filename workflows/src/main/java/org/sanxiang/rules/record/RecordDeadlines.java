package org.sanxiang.rules.record;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.calendar.WorkingDayCalendar;
import org.sanxiang.rules.disclosure.DueDate;
import org.sanxiang.rules.disclosure.LimitSpec;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.profile.JurisdictionProfile;

/**
 * The deadlines of the full-process record: archiving after the case closes (20 working days
 * Chongqing 第十二条; 30 days Wuhan 第二十六条 and Ningxia 附件3 第二十二条; 及时 Fushun 第二十一条),
 * AV to dedicated storage (2 working days Wuhan 第二十六条; 及时 Ningxia 附件3 第二十四条), completing
 * the paperwork of an emergency start (2 working days Wuhan 第十二条; 24 hours Fushun 第六条), and the
 * yearly hand-over of closed files (Wuhan 第二十六条: by the end of March of the next year).
 */
public final class RecordDeadlines {

    private final String profile;
    private final RecordRules rules;
    private final WorkingDayCalendar calendar;

    public RecordDeadlines(JurisdictionProfile profile, WorkingDayCalendar calendar) {
        this.profile = profile.id();
        this.rules = RecordRules.of(profile);
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** Archiving deadline from the day the case closed (null: not known yet). */
    public DueDate archiveDue(LocalDate closed) {
        return due(rules.archive(), closed == null ? null : closed.atStartOfDay());
    }

    /** Archiving deadline from the case's {@code closed} date. */
    public DueDate archiveDue(CaseFacts facts) {
        return archiveDue(facts.dates().closed());
    }

    /** Deadline to move an AV record made on {@code made} to the dedicated storage device. */
    public DueDate avStorageDue(LocalDate made) {
        return due(rules.avStorage(), made == null ? null : made.atStartOfDay());
    }

    /**
     * Deadline to complete the written formalities after a procedure was started in an emergency,
     * counted from the instant it started (hour limits count from the instant, day limits from its date).
     */
    public DueDate emergencyCompletionDue(LocalDateTime started) {
        return due(rules.emergencyStart(), started);
    }

    /** Day by which a case closed on {@code closed} goes to the central archive, where the profile sets one. */
    public Optional<HandOver> annualHandOverDue(LocalDate closed) {
        RecordRules.AnnualHandover handover = rules.annualHandover();
        if (handover == null || closed == null) {
            return Optional.empty();
        }
        return Optional.of(new HandOver(handover.by().atYear(closed.getYear() + 1), Citation.of(profile, handover.citation())));
    }

    public record HandOver(LocalDate date, Citation citation) {
    }

    private DueDate due(LimitSpec limit, LocalDateTime start) {
        return limit == null ? DueDate.NOT_SET : limit.due(profile, start, calendar);
    }
}
