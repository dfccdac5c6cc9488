package org.sanxiang.rules.calendar;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads calendar data files: the shipped {@code holidays-cn.json} and an administrator's override,
 * which have the same shape (described in {@code calendar-data.md} next to the shipped file):
 *
 * <pre>{@code
 * {
 *   "format": 1,
 *   "years": [
 *     { "year": 2027,
 *       "notices": [ {"number": "国办发明电〔2026〕N号", "title": "国务院办公厅关于2027年部分节假日安排的通知", "issued": "2026-11-05"} ],
 *       "holidays": [ {"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"} ],
 *       "workingDays": [ {"name": "春节", "date": "2027-02-06"} ] }
 *   ],
 *   "localDays": [ {"date": "2027-03-03", "working": false, "reason": "…"} ]
 * }
 * }</pre>
 *
 * Every error names the file, the field as a JSON path and its line and column. Unknown fields are
 * refused (a misspelt field would otherwise be silently ignored).
 */
public final class CalendarDataReader {

    /** The only format version so far. */
    public static final int FORMAT = 1;

    /** Longest holiday range accepted; the 2020 extended Spring Festival was 10 days. */
    static final int MAX_HOLIDAY_DAYS = 31;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private CalendarDataReader() {
    }

    /** Reads a file; a missing or unreadable file is an error naming it. */
    public static CalendarData read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new CalendarDataException(file + ": cannot read calendar data: " + e, e);
        }
    }

    /** Reads a classpath resource (the shipped data). */
    public static CalendarData readResource(String resource) {
        InputStream in = CalendarDataReader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new CalendarDataException(resource + ": calendar data not found on the classpath");
        }
        try (in) {
            return read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads data from a stream; {@code source} names it in messages. */
    public static CalendarData read(InputStream in, String source) {
        Node root;
        try (JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() == null) {
                throw new CalendarDataException(source + ": the file is empty");
            }
            root = Node.parse(parser, "$");
            if (parser.nextToken() != null) {
                throw new CalendarDataException(source + ": " + at(parser.currentLocation())
                        + ": unexpected content after the JSON object");
            }
        } catch (JsonProcessingException e) {
            throw new CalendarDataException(source + ": " + at(e.getLocation()) + ": not valid JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CalendarDataException(source + ": cannot read calendar data: " + e, e);
        }
        return new Interpreter(source).interpret(root);
    }

    private static String at(JsonLocation loc) {
        return loc == null ? "?" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    /** A JSON value with the path and position it was read from. */
    private record Node(Object value, String path, int line, int column) {

        static Node parse(JsonParser p, String path) throws IOException {
            JsonLocation loc = p.currentTokenLocation();
            int line = loc.getLineNr();
            int col = loc.getColumnNr();
            JsonToken t = p.currentToken();
            switch (t) {
                case START_OBJECT -> {
                    Map<String, Node> fields = new LinkedHashMap<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        fields.put(name, parse(p, path + "." + name));
                    }
                    return new Node(fields, path, line, col);
                }
                case START_ARRAY -> {
                    List<Node> items = new ArrayList<>();
                    int i = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        items.add(parse(p, path + "[" + i++ + "]"));
                    }
                    return new Node(items, path, line, col);
                }
                case VALUE_STRING -> {
                    return new Node(p.getText(), path, line, col);
                }
                case VALUE_NUMBER_INT -> {
                    return new Node(p.getLongValue(), path, line, col);
                }
                case VALUE_NUMBER_FLOAT -> {
                    return new Node(p.getDoubleValue(), path, line, col);
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    return new Node(p.getBooleanValue(), path, line, col);
                }
                case VALUE_NULL -> {
                    return new Node(null, path, line, col);
                }
                default -> throw new IllegalStateException("unexpected token " + t);
            }
        }

        String where() {
            return path.replaceFirst("^\\$\\.?", "") + " (line " + line + ", column " + column + ")";
        }
    }

    /** Turns the located tree into {@link CalendarData}, checking every field. */
    private static final class Interpreter {
        private final String source;
        /** Each date this file mentions → (is a working day, where): catches contradictions. */
        private final Map<LocalDate, Boolean> seen = new HashMap<>();
        private final Map<LocalDate, Node> seenAt = new HashMap<>();

        Interpreter(String source) {
            this.source = source;
        }

        CalendarDataException error(Node node, String message) {
            return new CalendarDataException(source + ": " + node.where() + ": " + message);
        }

        CalendarData interpret(Node root) {
            Map<String, Node> top = object(root, Set.of("format", "years", "localDays"));
            Node format = required(root, top, "format");
            if (!(format.value() instanceof Long f) || f != FORMAT) {
                throw error(format, "format must be " + FORMAT + ", found " + format.value());
            }
            Map<Integer, CalendarData.YearData> years = new TreeMap<>();
            Map<Integer, Node> yearAt = new HashMap<>();
            for (Node y : array(top.get("years"))) {
                CalendarData.YearData data = year(y);
                Node previous = yearAt.put(data.year(), y);
                if (previous != null) {
                    throw error(y, "year " + data.year() + " appears twice (also at " + previous.where()
                            + "); list each year once");
                }
                years.put(data.year(), data);
            }
            List<CalendarData.LocalDay> locals = new ArrayList<>();
            for (Node l : array(top.get("localDays"))) {
                locals.add(localDay(l));
            }
            return new CalendarData(source, years, locals);
        }

        CalendarData.YearData year(Node node) {
            Map<String, Node> f = object(node, Set.of("year", "notices", "holidays", "workingDays"));
            Node yearNode = required(node, f, "year");
            if (!(yearNode.value() instanceof Long y) || y < 1949 || y > 2199) {
                throw error(yearNode, "year must be a whole number from 1949 to 2199, found " + yearNode.value());
            }
            int year = (int) (long) y;
            List<HolidayNotice> notices = new ArrayList<>();
            for (Node n : array(required(node, f, "notices"))) {
                notices.add(notice(n));
            }
            if (notices.isEmpty()) {
                throw error(f.get("notices"), "a year's data must cite the State Council notice it comes from");
            }
            TreeMap<LocalDate, String> holidays = new TreeMap<>();
            for (Node h : array(f.get("holidays"))) {
                Map<String, Node> hf = object(h, Set.of("name", "from", "to"));
                String name = text(required(h, hf, "name"));
                LocalDate from = date(required(h, hf, "from"));
                LocalDate to = date(required(h, hf, "to"));
                if (to.isBefore(from)) {
                    throw error(hf.get("to"), "'to' " + to + " is before 'from' " + from);
                }
                if (to.toEpochDay() - from.toEpochDay() + 1 > MAX_HOLIDAY_DAYS) {
                    throw error(hf.get("to"), "a holiday of more than " + MAX_HOLIDAY_DAYS + " days; check the dates");
                }
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    inYear(year, d, hf.get(d.equals(from) ? "from" : "to"));
                    mark(d, false, h);
                    holidays.put(d, name);
                }
            }
            TreeMap<LocalDate, String> working = new TreeMap<>();
            for (Node w : array(f.get("workingDays"))) {
                Map<String, Node> wf = object(w, Set.of("name", "date"));
                String name = text(required(w, wf, "name"));
                Node dateNode = required(w, wf, "date");
                LocalDate d = date(dateNode);
                inYear(year, d, dateNode);
                DayOfWeek dow = d.getDayOfWeek();
                if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                    throw error(dateNode, d + " is a " + dow + ": a make-up working day (调休上班日) is a"
                            + " Saturday or Sunday; for a local change use localDays");
                }
                mark(d, true, w);
                working.put(d, name);
            }
            return new CalendarData.YearData(year, notices, holidays, working);
        }

        HolidayNotice notice(Node node) {
            Map<String, Node> f = object(node, Set.of("number", "title", "issued"));
            String number = text(required(node, f, "number"));
            String title = text(required(node, f, "title"));
            LocalDate issued = f.containsKey("issued") ? date(f.get("issued")) : null;
            return new HolidayNotice(number, title, issued);
        }

        CalendarData.LocalDay localDay(Node node) {
            Map<String, Node> f = object(node, Set.of("date", "working", "reason"));
            LocalDate d = date(required(node, f, "date"));
            Node workingNode = required(node, f, "working");
            if (!(workingNode.value() instanceof Boolean working)) {
                throw error(workingNode, "working must be true (an extra working day) or false (a day off)");
            }
            String reason = text(required(node, f, "reason"));
            mark(d, working, node);
            return new CalendarData.LocalDay(d, working, reason);
        }

        /** Records what this file says of a day; saying both "off" and "worked" is an error. */
        void mark(LocalDate d, boolean working, Node at) {
            Boolean before = seen.putIfAbsent(d, working);
            if (before == null) {
                seenAt.put(d, at);
            } else if (before != working) {
                throw error(at, d + " is listed as " + (working ? "a working day" : "a day off")
                        + " here but as " + (before ? "a working day" : "a day off") + " at "
                        + seenAt.get(d).where());
            }
        }

        /** A notice for year Y may reach back into December of Y-1 (New Year bridges), no further. */
        void inYear(int year, LocalDate d, Node at) {
            LocalDate first = LocalDate.of(year - 1, 12, 1);
            LocalDate last = LocalDate.of(year, 12, 31);
            if (d.isBefore(first) || d.isAfter(last)) {
                throw error(at, d + " is outside year " + year + " (allowed " + first + " to " + last + ")");
            }
        }

        Map<String, Node> object(Node node, Set<String> allowed) {
            if (!(node.value() instanceof Map<?, ?> raw)) {
                throw error(node, "expected a JSON object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Node> fields = (Map<String, Node>) raw;
            for (Map.Entry<String, Node> e : fields.entrySet()) {
                if (!allowed.contains(e.getKey())) {
                    throw error(e.getValue(), "unknown field '" + e.getKey() + "' (allowed: "
                            + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
                }
            }
            return fields;
        }

        List<Node> array(Node node) {
            if (node == null) {
                return List.of();
            }
            if (!(node.value() instanceof List<?> raw)) {
                throw error(node, "expected a JSON array");
            }
            @SuppressWarnings("unchecked")
            List<Node> items = (List<Node>) raw;
            return items;
        }

        Node required(Node parent, Map<String, Node> fields, String name) {
            Node n = fields.get(name);
            if (n == null || n.value() == null) {
                throw new CalendarDataException(source + ": " + parent.where() + ": field '" + name
                        + "' is required");
            }
            return n;
        }

        String text(Node node) {
            if (!(node.value() instanceof String s) || s.isBlank()) {
                throw error(node, "expected a non-empty string");
            }
            return s;
        }

        LocalDate date(Node node) {
            if (!(node.value() instanceof String s)) {
                throw error(node, "expected a date as \"yyyy-mm-dd\"");
            }
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw error(node, "'" + s + "' is not a date (yyyy-mm-dd)");
            }
        }
    }
}
