package org.sanxiang.repo.webscripts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.rules.calendar.Deadline;

/**
 * The model of {@code GET /sanxiang/deadlines} (deadlines.get.json.ftl; read by the Share deadlines
 * dashlet): the running deadlines of the cases the user can read, soonest first, overdue ones
 * included, due within {@code days}, at most {@code max} rows. Keys of each row: nodeRef, caseNumber,
 * caseName, kind, due (ISO-8601 instant), dueDate (yyyy-MM-dd in the bureau's zone), overdue,
 * provisional, citation, site.
 */
public final class DeadlinesBoard {

    public static final int DEFAULT_DAYS = 30;
    public static final int DEFAULT_MAX = 50;
    private static final int MAX_DAYS = 3660;
    private static final int MAX_ROWS = 500;
    private static final Pattern SITE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
    private static final Pattern OFFSET = Pattern.compile(".*(Z|[+-]\\d\\d:\\d\\d)$");

    /** The request's parameters, checked. */
    public record Query(String site, int days, int max) {

        /** Reads the URL parameters; a bad one is refused naming it. Null or empty means the default. */
        public static Query of(String site, String days, String max) {
            String s = site == null || site.isBlank() ? null : site.strip();
            if (s != null && !SITE.matcher(s).matches()) {
                throw new BadRequestException("site: '" + site + "' is not a site short name");
            }
            return new Query(s, number("days", days, DEFAULT_DAYS, 0, MAX_DAYS), number("max", max, DEFAULT_MAX, 1, MAX_ROWS));
        }

        private static int number(String name, String text, int fallback, int min, int max) {
            if (text == null || text.isBlank()) {
                return fallback;
            }
            try {
                int n = Integer.parseInt(text.strip());
                if (n < min || n > max) {
                    throw new BadRequestException(name + ": " + n + " is outside " + min + ".." + max);
                }
                return n;
            } catch (NumberFormatException e) {
                throw new BadRequestException(name + ": '" + text + "' is not a whole number");
            }
        }
    }

    private final ZoneId zone;

    public DeadlinesBoard(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * The Alfresco FTS query for the candidate case folders: sx:caseFolder with a next deadline up to
     * the horizon, in the site when one is asked for. Alfresco's search leaves out what the user
     * cannot read.
     */
    public String searchQuery(Query q, Instant now) {
        String horizon = now.plus(java.time.Duration.ofDays(q.days() + 1L)).toString();
        String query = "TYPE:\"" + SanxiangModel.TYPE_CASE_FOLDER.toPrefixString() + "\" AND "
                + SanxiangModel.PROP_NEXT_DEADLINE.toPrefixString() + ":[MIN TO \"" + horizon + "\"]";
        if (q.site() != null) {
            query += " AND PATH:\"/app:company_home/st:sites/cm:" + q.site() + "//*\"";
        }
        return query;
    }

    /** The model: {@code generatedAt}, {@code deadlines} (rows as maps), {@code unreadable} (entries skipped). */
    public Map<String, Object> model(List<FolderDeadlines> cases, Query q, Instant now) {
        Instant horizon = now.plus(java.time.Duration.ofDays(q.days()));
        List<Row> rows = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (FolderDeadlines c : cases) {
            if (q.site() != null && !q.site().equals(c.site())) {
                continue;
            }
            for (String entry : c.runningDeadlines()) {
                Row row;
                try {
                    row = row(c, entry);
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    unreadable.add(c.nodeRef() + " " + SanxiangModel.PROP_RUNNING_DEADLINES.toPrefixString() + " '" + entry + "': "
                            + e.getMessage());
                    continue;
                }
                if (!row.due().isAfter(horizon)) {
                    rows.add(row);
                }
            }
        }
        rows.sort(Comparator.comparing(Row::due).thenComparing(r -> r.c().nodeRef()));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Row r : rows.subList(0, Math.min(q.max(), rows.size()))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("nodeRef", r.c().nodeRef());
            m.put("caseNumber", r.c().caseNumber());
            m.put("caseName", r.c().caseName());
            m.put("kind", r.kind());
            m.put("due", r.due().toString());
            m.put("dueDate", r.due().atZone(zone).toLocalDate().toString());
            m.put("overdue", r.due().isBefore(now));
            m.put("provisional", r.c().provisional());
            m.put("citation", r.citation());
            m.put("site", r.c().site());
            out.add(m);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("generatedAt", now.toString());
        model.put("deadlines", out);
        model.put("unreadable", unreadable);
        return model;
    }

    private record Row(FolderDeadlines c, String kind, Instant due, String citation) {
    }

    private Row row(FolderDeadlines c, String entry) {
        String[] parts = entry.split("\\|", -1);
        if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new IllegalArgumentException("expected kind|ISO due|citation");
        }
        return new Row(c, parts[0].strip(), instant(parts[1].strip()), parts[2].isBlank() ? null : parts[2].strip());
    }

    /** A date is due at the end of that day (DESIGN.md "Time"); a local date-time is in the bureau's zone. */
    private Instant instant(String due) {
        if (due.length() == 10) {
            return LocalDate.parse(due).atTime(Deadline.END_OF_DAY).atZone(zone).toInstant();
        }
        if (OFFSET.matcher(due).matches()) {
            return OffsetDateTime.parse(due).toInstant();
        }
        return LocalDateTime.parse(due).atZone(zone).toInstant();
    }
}
