package org.sanxiang.repo.jobs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.sanxiang.rules.Citation;
import org.sanxiang.rules.disclosure.DisclosureRules;
import org.sanxiang.rules.profile.JurisdictionProfile;

/**
 * Reminds the disclosure officers of the yearly dates of the installation's profile: the annual
 * report (chongqing-2024 公示 第十四条: the previous year's data by January 31; tianjin-2019 实施方案
 * 三（一）3（3）: by January 15) and any other yearly date the profile sets (wuhan-2020: the inspection
 * plan). The dates come from the profile's {@code disclosure.annual} data, never from code.
 *
 * <p>The job runs daily and reminds when the days left are one of the configured lead days (e.g.
 * 30, 14, 7, 3, 1, 0), so every reminder goes out once without any state to keep.
 */
public final class AnnualReportReminder implements ScheduledWork {

    /** One reminder due today. */
    public record Due(String kind, LocalDate date, long daysLeft, Citation citation, String zhCN, String en) {
    }

    private final JurisdictionProfile profile;
    private final Reminder reminder;
    private final String recipients;
    private final Set<Integer> leadDays;
    private final Clock clock;

    /**
     * @param leadDays comma-separated days before the date on which to remind, e.g. {@code 30,14,7,3,1,0}
     */
    public AnnualReportReminder(JurisdictionProfile profile, Reminder reminder, String recipients, String leadDays,
            Clock clock) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.reminder = Objects.requireNonNull(reminder, "reminder");
        if (recipients == null || recipients.isBlank()) {
            throw new IllegalArgumentException("sanxiang.jobs.annualReportReminder.recipients: a user or group is required");
        }
        this.recipients = recipients.strip();
        this.leadDays = parseLeadDays(leadDays);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    static Set<Integer> parseLeadDays(String text) {
        Set<Integer> days = new TreeSet<>();
        for (String part : (text == null ? "" : text).split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                int d = Integer.parseInt(part.strip());
                if (d < 0) {
                    throw new NumberFormatException();
                }
                days.add(d);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("sanxiang.jobs.annualReportReminder.leadDays: '" + part.strip()
                        + "' is not a number of days (0 or more)");
            }
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("sanxiang.jobs.annualReportReminder.leadDays: at least one day is required");
        }
        return days;
    }

    @Override
    public String name() {
        return "sanxiangAnnualReportReminder";
    }

    /** The yearly dates that are due for a reminder on {@code today}. */
    public List<Due> dueOn(LocalDate today) {
        List<Due> due = new ArrayList<>();
        if (!profile.covers(JurisdictionProfile.DISCLOSURE)) {
            return due;
        }
        for (DisclosureRules.AnnualDate annual : profile.bind(JurisdictionProfile.DISCLOSURE, DisclosureRules.class).annual()) {
            LocalDate date = annual.by().atYear(today.getYear());
            if (date.isBefore(today)) {
                date = annual.by().atYear(today.getYear() + 1);
            }
            long left = ChronoUnit.DAYS.between(today, date);
            if (leadDays.contains((int) left)) {
                due.add(new Due(annual.kind(), date, left, Citation.of(profile.id(), annual.citation()), annual.zhCN(),
                        annual.en()));
            }
        }
        return due;
    }

    @Override
    public String run() {
        List<Due> due = dueOn(LocalDate.now(clock));
        for (Due d : due) {
            reminder.send(recipients, subject(d), text(d));
        }
        return "annual dates reminder: " + due.size() + " reminder(s) sent to " + recipients;
    }

    static String subject(Due d) {
        String left = d.daysLeft() == 0 ? "今天到期" : "还有" + d.daysLeft() + "天";
        String leftEn = d.daysLeft() == 0 ? "due today" : d.daysLeft() + " day(s) left";
        return "【三项制度】年度事项" + d.date() + "到期（" + left + "）/ Yearly duty due " + d.date() + " (" + leftEn + ")";
    }

    static String text(Due d) {
        return d.zhCN() + "\n截止日期：" + d.date() + "\n依据：" + d.citation() + "\n\n" + d.en() + "\nDue: " + d.date()
                + "\nRule: " + d.citation() + "\n";
    }
}
