package org.sanxiang.rules.redaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Redacts the full text of an enforcement decision for disclosure, as Wuhan 公示 第九条 requires
 * (银行账号、动产或者不动产权属证书编号、财产状况 and 个人姓名、家庭住址、身份证号、通信方式), and logs
 * each hidden span. An organisation's name and its 统一社会信用代码 stay: they are published.
 * Besides the case's own individuals, it hides relatives named beside a kinship cue (之母刘秀英) and
 * third parties named after their role (举报人：张某某), whom the case file may not list
 * ({@link PersonCueScanner}). One instance per case (it holds the case's individuals); it is immutable and thread-safe.
 * See the package documentation for the mask and offset conventions.
 */
public final class Redactor {

    /** The mask of a span that was trimmed by an overlap (a name then loses its surname rule too). */
    public static final char TRIMMED_MASK = '＊';

    /** Compound surnames (复姓) kept whole: 欧阳修 → 欧阳某. */
    static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫",
            "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫",
            "西门", "百里", "呼延", "万俟", "申屠", "太史", "闻人", "澹台", "公冶", "濮阳", "淳于", "单于",
            "钟离", "宗政", "拓跋", "第五", "司空", "赫连", "东郭", "公羊", "仲孙", "鲜于", "谷梁", "左丘");

    private final List<String> names;
    private final List<String> thirdParties;
    private final List<String> addressVariants;

    public Redactor(CaseIndividuals individuals) {
        Objects.requireNonNull(individuals, "individuals");
        List<String> stripped = new ArrayList<>();
        for (String name : individuals.names()) {
            stripped.add(name.strip());
        }
        this.names = List.copyOf(stripped);
        this.thirdParties = individuals.thirdParties().stream().map(String::strip).toList();
        Set<String> variants = new LinkedHashSet<>();
        for (String address : individuals.addresses()) {
            variants.addAll(addressVariants(address.strip()));
        }
        this.addressVariants = List.copyOf(variants);
    }

    /** A redactor that knows no individuals: pattern-shaped data only. */
    public static Redactor patternsOnly() {
        return new Redactor(CaseIndividuals.NONE);
    }

    /** The redacted text and its log. {@code text} itself is never changed (a Java String cannot be). */
    public RedactionResult redact(String text) {
        Objects.requireNonNull(text, "text");
        List<Detection> found = new ArrayList<>();
        new PatternScanner(text, found).scan();
        List<Detection> known = new ArrayList<>();
        knownIndividuals(text, known);
        found.addAll(known);
        new PersonCueScanner(text, found, PersonCueScanner.ends(known)).scan();
        List<Detection> spans = resolveOverlaps(found);
        char[] out = text.toCharArray();
        List<RedactedSpan> log = new ArrayList<>(spans.size());
        for (Detection d : spans) {
            mask(text, out, d);
            log.add(d.toSpan());
        }
        return new RedactionResult(new String(out), log);
    }

    // ---- names and addresses known to the case --------------------------------------------------

    /**
     * The end of the name at {@code at}, allowing spaces between its chars (张　三, padded to align
     * a form), or -1.
     */
    private static int nameEnd(String text, int at, String name) {
        int k = at;
        for (int j = 0; j < name.length(); j++) {
            if (j > 0 && !Character.isLowSurrogate(name.charAt(j))) {
                while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u3000')) {
                    k++;
                }
            }
            if (k >= text.length() || text.charAt(k) != name.charAt(j)) {
                return -1;
            }
            k++;
        }
        return k;
    }

    /**
     * The address as written and its tails without leading divisions (省/市/区/县…), while the tail
     * keeps at least 6 chars: 重庆市江北区建新北路88号 is also found as 江北区建新北路88号 and
     * 建新北路88号.
     */
    static List<String> addressVariants(String address) {
        List<String> variants = new ArrayList<>();
        variants.add(address);
        Pattern division = Pattern.compile("^.{2,10}?(?:省|自治区|特别行政区|市|自治州|地区|盟|区|县|旗)");
        String rest = address;
        for (Matcher m = division.matcher(rest); m.find(); m = division.matcher(rest)) {
            rest = rest.substring(m.end());
            if (rest.length() < 6) {
                break;
            }
            variants.add(rest);
        }
        return variants;
    }

    private void knownIndividuals(String text, List<Detection> found) {
        for (String name : names) {
            knownName(text, name, SpanKind.PERSON_NAME, "known-individual-name", "name of an individual known to the case",
                    found);
        }
        for (String name : thirdParties) {
            knownName(text, name, SpanKind.THIRD_PARTY_NAME, "known-third-party-name",
                    "name of a third party known to the case", found);
        }
        for (String address : addressVariants) {
            for (int a = text.indexOf(address); a >= 0; a = text.indexOf(address, a + 1)) {
                found.add(new Detection(SpanKind.HOME_ADDRESS, a, a + address.length(), "known-individual-address",
                        Confidence.HIGH, "home address of an individual known to the case", Detection.Origin.CASE));
            }
        }
    }

    private static void knownName(String text, String name, SpanKind kind, String rule, String basis,
            List<Detection> found) {
        for (int at = text.indexOf(name.charAt(0)); at >= 0; at = text.indexOf(name.charAt(0), at + 1)) {
            int end = nameEnd(text, at, name);
            if (end > 0) {
                found.add(new Detection(kind, at, end, rule, Confidence.HIGH, basis, Detection.Origin.CASE));
            }
        }
    }

    // ---- overlaps and masks ---------------------------------------------------------------------

    /**
     * Deterministic. First a label value (住址, 财产状况, an amount after 存款) is cut around every span
     * of another kind found by its own shape: the value runs to the next stop char, so its end is a
     * guess, while a valid ID's or phone's extent and kind are certain ("现住110105…X的" is an ID,
     * not an address). Then by start, longer first, then by {@link SpanKind} order, higher
     * confidence, rule id. A span inside an earlier one is dropped (already hidden); a span that
     * crosses the end of an earlier one keeps only its part after that end, marked trimmed. Every
     * char any detector found stays hidden.
     */
    static List<Detection> resolveOverlaps(List<Detection> found) {
        List<Detection> sorted = cutLabelValues(found);
        sorted.sort(Comparator.comparingInt(Detection::start)
                .thenComparing(Comparator.comparingInt(Detection::end).reversed())
                .thenComparing(Detection::kind)
                .thenComparing(Detection::confidence)
                .thenComparing(Detection::rule));
        List<Detection> kept = new ArrayList<>();
        int coveredEnd = 0;
        for (Detection d : sorted) {
            if (d.end() <= coveredEnd) {
                continue;
            }
            kept.add(d.start() < coveredEnd ? d.startingAt(coveredEnd) : d);
            coveredEnd = d.end();
        }
        return kept;
    }

    /**
     * Each label value without the spans of another kind found by their shape; the pieces left
     * keep the value's kind and are marked trimmed. The chars hidden stay the same. Shape spans are
     * sorted once and searched by start, so a text with thousands of spans costs n log n, not n².
     */
    static List<Detection> cutLabelValues(List<Detection> found) {
        List<Detection> shapes = new ArrayList<>();
        int longestShape = 0;
        boolean anyLabel = false;
        for (Detection d : found) {
            if (d.origin() == Detection.Origin.SHAPE) {
                shapes.add(d);
                longestShape = Math.max(longestShape, d.end() - d.start());
            } else if (d.origin() == Detection.Origin.LABEL) {
                anyLabel = true;
            }
        }
        if (!anyLabel || shapes.isEmpty()) {
            return new ArrayList<>(found);
        }
        shapes.sort(Comparator.comparingInt(Detection::start));
        int[] starts = shapes.stream().mapToInt(Detection::start).toArray();
        List<Detection> result = new ArrayList<>(found.size());
        for (Detection d : found) {
            if (d.origin() == Detection.Origin.LABEL) {
                addPieces(d, shapes, firstAtOrAfter(starts, d.start() - longestShape + 1), result);
            } else {
                result.add(d);
            }
        }
        return result;
    }

    /** The index of the first start ≥ {@code value}, or {@code starts.length}. */
    private static int firstAtOrAfter(int[] starts, int value) {
        int i = java.util.Arrays.binarySearch(starts, value);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && starts[i - 1] == value) {
            i--;
        }
        return i;
    }

    /** {@code shapes} sorted by start; from {@code first} on they can reach into the value. */
    private static void addPieces(Detection value, List<Detection> shapes, int first, List<Detection> result) {
        int from = value.start();
        boolean cut = false;
        List<Detection> pieces = new ArrayList<>(2);
        for (int k = first; k < shapes.size() && shapes.get(k).start() < value.end(); k++) {
            Detection d = shapes.get(k);
            if (d.kind() == value.kind() || d.end() <= value.start()) {
                continue;
            }
            cut = true;
            if (d.start() > from) {
                pieces.add(value.pieceBetween(from, d.start()));
            }
            from = Math.max(from, d.end());
        }
        if (!cut) {
            result.add(value);
            return;
        }
        if (from < value.end()) {
            pieces.add(value.pieceBetween(from, value.end()));
        }
        result.addAll(pieces);
    }

    private static void mask(String text, char[] out, Detection d) {
        int from = d.start();
        if (d.kind() == SpanKind.PERSON_NAME && !d.trimmed()) {
            from = afterSurname(text, d.start(), d.end());
        }
        for (int k = from; k < d.end(); k++) {
            char c = text.charAt(k);
            if (d.trimmed()) {
                out[k] = TRIMMED_MASK;
            } else if (d.kind() == SpanKind.PERSON_NAME || d.kind() == SpanKind.THIRD_PARTY_NAME) {
                out[k] = c == ' ' || c == '\u3000' ? c : d.kind().mask();
            } else {
                out[k] = d.kind().mask();
            }
        }
    }

    /**
     * Where the given name starts: after a compound or single Han surname; at the start (nothing
     * kept) for a name that is not all Han, e.g. 买买提·艾力, whose first part is no surname.
     */
    private static int afterSurname(String text, int start, int end) {
        String name = text.substring(start, end);
        if (!name.codePoints().allMatch(cp -> cp == ' ' || cp == '\u3000'
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return start;
        }
        int first = Character.charCount(name.codePointAt(0));
        if (name.codePointCount(0, name.length()) > 2 && COMPOUND_SURNAMES.contains(name.substring(0, 2))) {
            return start + 2;
        }
        return start + first;
    }
}
