package org.sanxiang.rules.redaction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the pattern-shaped personal and property data of Wuhan 公示 第九条 in one text. One pass
 * over the chars with a class table finds the few positions where a number, a plate or an e-mail
 * can start, and where a label (住址, 存款, 房产证号, …) or a certificate anchor (不动产权第, 房权证,
 * 国用) starts; the patterns run anchored at those positions only.
 */
final class PatternScanner {

    static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

    private static final byte NONE = 0;
    private static final byte DIGIT = 1;
    private static final byte LETTER = 2;
    private static final byte PLUS = 3;
    private static final byte OPEN = 4;
    private static final byte AT = 5;
    private static final byte PROVINCE = 6;
    private static final byte LABEL = 7;
    private static final byte[] CLASS = new byte[65536];

    static {
        for (char c = 0; c < 65535; c++) {
            char f = FoldedText.fold(c);
            if (f >= '0' && f <= '9') {
                CLASS[c] = DIGIT;
            } else if ((f >= 'A' && f <= 'Z') || (f >= 'a' && f <= 'z')) {
                CLASS[c] = LETTER;
            } else if (f == '+') {
                CLASS[c] = PLUS;
            } else if (f == '(') {
                CLASS[c] = OPEN;
            } else if (f == '@') {
                CLASS[c] = AT;
            }
        }
        for (char c : PROVINCES.toCharArray()) {
            CLASS[c] = PROVINCE;
        }
    }

    private static final String END = "(?![0-9A-Za-z])";
    private static final String CC = "(?:\\(?(?:\\+|00)?86\\)?[ -]?)"; // country code, +86 / 0086 / (+86) / 86
    private static final String CC_SIGNED = "(?:\\(?(?:\\+|00)86\\)?[ -]?)"; // +86 / 0086 only
    static final Pattern ID18 = Pattern.compile("\\d{17}[\\dXx]" + END);
    static final Pattern ID15 = Pattern.compile("\\d{15}" + END);
    static final Pattern MOBILE = Pattern.compile(CC + "?1[3-9]\\d(?:[ -]?\\d{4}){2}" + END);
    static final Pattern LANDLINE = Pattern.compile("(?:" + CC_SIGNED + "\\(?[1-9]\\d{1,2}\\)?[ -]?|\\(0\\d{2,3}\\)[ -]?|0\\d{2,3}[ -]?)"
            + "[2-9]\\d{2,3}[ -]?\\d{4}(?: ?(?:-|转|分机|(?i:ext\\.?|x)) ?\\d{1,6})?" + END);
    static final Pattern LOCAL_PHONE = Pattern.compile("[2-9]\\d{2,3}[ -]?\\d{4}(?: ?(?:-|转|分机) ?\\d{1,6})?" + END);
    static final Pattern BANK_CARD = Pattern.compile(
            "(?:\\d{16,19}|\\d{4}(?:[ -]\\d{4}){3}(?:[ -]\\d{1,3})?|\\d{6}[ -]\\d{10,13})" + END);
    static final Pattern ACCOUNT = Pattern.compile("\\d(?:[ -]?\\d){7,29}" + END);
    static final Pattern PLATE = Pattern.compile("[" + PROVINCES + "][A-HJ-NP-Z][·•・ ]?([A-HJ-NP-Z0-9]{5,6})"
            + "[挂学警港澳领试超]?" + END);
    static final Pattern CERT_REAL_ESTATE = Pattern.compile("[" + PROVINCES + "]\\(\\d{4}\\)\\p{IsHan}{0,16}?"
            + "不动产(?:权|证明)第[0-9A-Za-z]{1,14}号");
    static final Pattern CERT_REAL_ESTATE_BARE = Pattern.compile("不动产(?:权|证明)第[0-9A-Za-z]{1,14}号");
    static final Pattern CERT_HOUSE = Pattern.compile("房(?:屋所有)?权证[\\p{IsHan}&&[^房权证]]{0,8}?字?第?[0-9A-Za-z]{1,14}号");
    static final Pattern CERT_LAND = Pattern.compile("(?:国用|集用|集建)\\(\\d{4}\\)字?第?[0-9A-Za-z]{1,14}号");
    static final Pattern AMOUNT = Pattern.compile("(?:人民币|[¥￥])? ?\\d[\\d,]*(?:\\.\\d+)? ?(?:万|亿)?元");

    static final LabelSet ID_LABELS = new LabelSet("身份证", "公民身份号码", "证件号");
    static final LabelSet USCC_LABELS = new LabelSet("信用代码", "社会信用", "USCC");
    static final LabelSet ACCOUNT_LABELS = new LabelSet("账号", "帐号", "账户", "帐户", "卡号", "银行卡");
    static final LabelSet PHONE_LABELS = new LabelSet("电话", "手机", "联系方式", "座机", "传真", "Tel", "TEL", "tel");
    static final List<String> CERT_LABELS = List.of("不动产权证书编号", "不动产权证书号", "不动产权证号",
            "房屋所有权证号", "房产证号", "土地使用证号", "土地证号");
    static final List<String> ADDRESS_LABELS = List.of("家庭住址", "现住址", "住址", "现住", "家住", "户籍地址",
            "户籍所在地", "户籍地", "经常居住地", "居住地");
    static final List<String> STATUS_AMOUNT_LABELS = List.of("存款", "余额", "年收入", "月收入");
    static final List<String> STATUS_TEXT_LABELS = List.of("财产状况", "个人财产", "家庭财产");
    private static final String VALUE_STOPS = "，,。；;、\n\r";

    private final String text;
    private final FoldedText folded;
    private final List<Detection> out;
    private final int n;
    private final Matcher id18;
    private final Matcher id15;
    private final Matcher mobile;
    private final Matcher landline;
    private final Matcher localPhone;
    private final Matcher bankCard;
    private final Matcher account;
    private final Matcher plate;
    private final Matcher certRealEstate;
    private final Matcher certRealEstateBare;
    private final Matcher certHouse;
    private final Matcher certLand;
    private final Matcher amount;

    PatternScanner(String text, List<Detection> out) {
        this.text = text;
        this.folded = new FoldedText(text);
        this.out = out;
        this.n = text.length();
        this.id18 = matcher(ID18);
        this.id15 = matcher(ID15);
        this.mobile = matcher(MOBILE);
        this.landline = matcher(LANDLINE);
        this.localPhone = matcher(LOCAL_PHONE);
        this.bankCard = matcher(BANK_CARD);
        this.account = matcher(ACCOUNT);
        this.plate = matcher(PLATE);
        this.certRealEstate = matcher(CERT_REAL_ESTATE);
        this.certRealEstateBare = matcher(CERT_REAL_ESTATE_BARE);
        this.certHouse = matcher(CERT_HOUSE);
        this.certLand = matcher(CERT_LAND);
        this.amount = matcher(AMOUNT);
    }

    private Matcher matcher(Pattern p) {
        return p.matcher(folded).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Runs every detector; detections go to the list given at construction. */
    void scan() {
        scanTriggers();
    }

    // ---- the single pass over chars -------------------------------------------------------------

    private void scanTriggers() {
        int i = 0;
        while (i < n) {
            byte cls = CLASS[text.charAt(i)];
            switch (cls) {
                case NONE -> i++;
                case DIGIT, LETTER -> i = token(i);
                case PLUS, OPEN -> {
                    int end = phone(i);
                    i = end > i ? end : i + 1;
                }
                case AT -> {
                    email(i);
                    i++;
                }
                case PROVINCE -> {
                    licencePlate(i);
                    i++;
                }
                case LABEL -> {
                    labelsAt(i);
                    i++;
                }
                default -> throw new IllegalStateException("char class " + cls);
            }
        }
    }

    private boolean isAlnum(int k) {
        byte cls = CLASS[text.charAt(k)];
        return cls == DIGIT || cls == LETTER;
    }

    /** At the start of a run of letters and digits; returns where scanning continues. */
    private int token(int i) {
        int runEnd = i;
        while (runEnd < n && isAlnum(runEnd)) {
            runEnd++;
        }
        if (i > 0 && isAlnum(i - 1)) {
            return runEnd;
        }
        if (runEnd - i == 18 && IdentityChecks.usccValid(folded, i) && isOrganisationCode(i)) {
            return runEnd; // 统一社会信用代码: published, never redacted
        }
        if (CLASS[text.charAt(i)] == LETTER) {
            return runEnd;
        }
        int end = number(i);
        return end > i ? end : runEnd;
    }

    /**
     * Whether an organisation's USCC starts at i: a labelled value never swallows it, since it is published
     * (ningxia-2019 附件2 lists 行政相对人代码 among the disclosed fields; wuhan-2020 公示 第九条 hides only individuals' data).
     */
    private boolean organisationCodeAt(int i) {
        if (i + 18 > n || (i > 0 && isAlnum(i - 1)) || (i + 18 < n && isAlnum(i + 18))) {
            return false;
        }
        for (int k = i; k < i + 18; k++) {
            if (!isAlnum(k)) {
                return false;
            }
        }
        return IdentityChecks.usccValid(folded, i) && isOrganisationCode(i);
    }

    /**
     * A valid USCC is an organisation's code unless no USCC label stands before it and it is all
     * digits and also something an individual holds: an 18-digit card (about 1 in 31 pass the USCC
     * check by chance) after an account label, or with the UnionPay prefix 62 and a valid Luhn check;
     * or a valid resident ID (the two check systems both pass for about 1 in 341 all-digit codes).
     */
    private boolean isOrganisationCode(int i) {
        if (labelDistance(i, USCC_LABELS, 24) >= 0) {
            return true;
        }
        for (int k = i; k < i + 17; k++) {
            if (CLASS[text.charAt(k)] != DIGIT) {
                return true;
            }
        }
        if (labelDistance(i, ACCOUNT_LABELS, 24) >= 0
                || (folded.charAt(i) == '6' && folded.charAt(i + 1) == '2' && IdentityChecks.luhnValid(folded, i, i + 18))) {
            return false;
        }
        return !(IdentityChecks.idStructure18(folded, i) && IdentityChecks.idCheckValid(folded, i));
    }

    private int number(int i) {
        // Every pattern needs 7+ digits in a row or a separator between digit groups: most numbers
        // in a decision (dates, amounts, article numbers) fail this and cost no regex.
        int digits = 0;
        while (i + digits < n && CLASS[text.charAt(i + digits)] == DIGIT) {
            digits++;
        }
        int after = i + digits;
        boolean grouped = after + 1 < n && (folded.charAt(after) == ' ' || folded.charAt(after) == '-')
                && CLASS[text.charAt(after + 1)] == DIGIT;
        if (digits < 7 && !grouped) {
            return -1;
        }
        int idLabel = labelDistance(i, ID_LABELS, 16);
        int accountLabel = labelDistance(i, ACCOUNT_LABELS, 24);
        int phoneLabel = labelDistance(i, PHONE_LABELS, 16);
        boolean accountFirst = accountLabel >= 0 && (idLabel < 0 || accountLabel < idLabel);
        // Which patterns can match, from the first digits and the length of the first group, so
        // that each number runs one or two patterns, not all of them.
        char first = folded.charAt(i);
        char second = i + 1 < n ? folded.charAt(i + 1) : ' ';
        boolean cardShaped = (digits >= 16 && digits <= 19) || (grouped && (digits == 4 || digits == 6));
        boolean mobileShaped = (first == '1' && (digits == 11 || grouped)) || (first == '8' && second == '6')
                || (first == '0' && second == '0');
        Detection best = null;
        if (accountFirst) {
            best = longer(best, cardShaped ? bankCard(i, true) : null);
            best = longer(best, labelledAccount(i, accountLabel));
        }
        if (digits == 15 || digits == 17 || digits == 18) {
            best = longer(best, residentId(i, idLabel >= 0));
        }
        best = longer(best, mobileShaped && lookingAt(mobile, i)
                ? new Detection(SpanKind.MOBILE_PHONE, i, mobile.end(), "mobile-number", Confidence.HIGH,
                        "11 digits starting 13–19, optional +86")
                : null);
        best = longer(best, first == '0' && lookingAt(landline, i)
                ? new Detection(SpanKind.LANDLINE_PHONE, i, landline.end(), "landline-number", Confidence.HIGH,
                        "area code and 7–8 digit local number")
                : null);
        if (!accountFirst) {
            best = longer(best, cardShaped ? bankCard(i, accountLabel >= 0) : null);
            best = longer(best, labelledAccount(i, accountLabel));
        }
        if (phoneLabel >= 0 && lookingAt(localPhone, i)) {
            best = longer(best, new Detection(SpanKind.LANDLINE_PHONE, i, localPhone.end(),
                    "phone-after-label", Confidence.MEDIUM, "7–8 digits after a 电话/联系方式 label"));
        }
        if (best == null) {
            return -1;
        }
        out.add(best);
        return best.end();
    }

    private Detection residentId(int i, boolean labelled) {
        if (lookingAt(id18, i)) {
            int end = id18.end();
            boolean structure = IdentityChecks.idStructure18(folded, i);
            if (structure && IdentityChecks.idCheckValid(folded, i)) {
                return new Detection(SpanKind.RESIDENT_ID, i, end, "resident-id-18", Confidence.HIGH,
                        "region and birth date valid, ISO 7064 MOD 11-2 check digit valid");
            }
            if (structure) {
                return new Detection(SpanKind.RESIDENT_ID, i, end, "resident-id-18", Confidence.MEDIUM,
                        "region and birth date valid, ISO 7064 MOD 11-2 check digit does not match");
            }
            if (labelled) {
                return new Detection(SpanKind.RESIDENT_ID, i, end, "resident-id-after-label", Confidence.MEDIUM,
                        "18 chars after a 身份证 label, structure invalid");
            }
        }
        if (lookingAt(id15, i)) {
            int end = id15.end();
            if (IdentityChecks.idStructure15(folded, i)) {
                return new Detection(SpanKind.RESIDENT_ID, i, end, "resident-id-15",
                        labelled ? Confidence.HIGH : Confidence.MEDIUM,
                        "legacy 15-digit ID: region and birth date valid (it has no check digit)"
                                + (labelled ? ", after a 身份证 label" : ""));
            }
            if (labelled) {
                return new Detection(SpanKind.RESIDENT_ID, i, end, "resident-id-after-label", Confidence.MEDIUM,
                        "15 digits after a 身份证 label, structure invalid");
            }
        }
        return null;
    }

    private Detection bankCard(int i, boolean labelled) {
        if (!lookingAt(bankCard, i)) {
            return null;
        }
        int end = bankCard.end();
        int digits = IdentityChecks.digitCount(folded, i, end);
        if (digits < 16 || digits > 19) {
            return null;
        }
        boolean luhn = IdentityChecks.luhnValid(folded, i, end);
        Confidence confidence = luhn ? Confidence.HIGH : labelled ? Confidence.MEDIUM : Confidence.LOW;
        String basis = (luhn ? "16–19 digits, Luhn check valid" : "16–19 digits, Luhn check fails")
                + (labelled ? ", after an account label" : "");
        return new Detection(SpanKind.BANK_CARD, i, end, "bank-card-number", confidence, basis);
    }

    private Detection labelledAccount(int i, int accountLabel) {
        if (accountLabel < 0 || !lookingAt(account, i)) {
            return null;
        }
        return new Detection(SpanKind.BANK_ACCOUNT, i, account.end(), "bank-account-after-label",
                Confidence.HIGH, "8–30 digits after a 账号/卡号 label");
    }

    private static Detection longer(Detection best, Detection candidate) {
        if (candidate == null) {
            return best;
        }
        return best == null || candidate.end() > best.end() ? candidate : best;
    }

    private boolean lookingAt(Matcher m, int i) {
        m.region(i, n);
        return m.lookingAt();
    }

    /** A number that starts with + or ( : only phones do. */
    private int phone(int i) {
        char next = i + 1 < n ? folded.charAt(i + 1) : ' ';
        if (next != '+' && next != '0' && next != '8') {
            return -1; // "(+86)", "(0xx)", "(86)", "+86": anything else is no phone
        }
        Detection best = null;
        if (lookingAt(mobile, i)) {
            best = new Detection(SpanKind.MOBILE_PHONE, i, mobile.end(), "mobile-number", Confidence.HIGH,
                    "11 digits starting 13–19, with country code");
        }
        if (lookingAt(landline, i)) {
            best = longer(best, new Detection(SpanKind.LANDLINE_PHONE, i, landline.end(), "landline-number",
                    Confidence.HIGH, "area code and 7–8 digit local number"));
        }
        if (best == null) {
            return -1;
        }
        out.add(best);
        return best.end();
    }

    private void email(int at) {
        int start = at;
        while (start > 0 && isLocalPartChar(folded.charAt(start - 1))) {
            start--;
        }
        while (start < at && folded.charAt(start) == '.') {
            start++;
        }
        int end = at + 1;
        while (end < n && isDomainChar(folded.charAt(end))) {
            end++;
        }
        while (end > at + 1 && (folded.charAt(end - 1) == '.' || folded.charAt(end - 1) == '-')) {
            end--;
        }
        if (start == at || end == at + 1) {
            return;
        }
        int lastDot = -1;
        for (int k = at + 1; k < end; k++) {
            if (folded.charAt(k) == '.') {
                lastDot = k;
            }
        }
        if (lastDot < 0 || lastDot == at + 1 || end - lastDot - 1 < 2) {
            return;
        }
        for (int k = lastDot + 1; k < end; k++) {
            if (CLASS[folded.charAt(k)] != LETTER) {
                return;
            }
        }
        out.add(new Detection(SpanKind.EMAIL, start, end, "email-address", Confidence.HIGH,
                "local part, @, domain with a top-level label"));
    }

    private static boolean isLocalPartChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomainChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }

    private void licencePlate(int i) {
        char letter = i + 1 < n ? folded.charAt(i + 1) : ' ';
        if (letter < 'A' || letter > 'Z' || !lookingAt(plate, i)) {
            return;
        }
        String serial = plate.group(1);
        int digits = IdentityChecks.digitCount(serial, 0, serial.length());
        boolean newEnergy = serial.length() == 6
                && (serial.charAt(0) == 'D' || serial.charAt(0) == 'F'
                        || serial.charAt(5) == 'D' || serial.charAt(5) == 'F');
        if (digits < 2 || (serial.length() == 6 && !newEnergy)) {
            return;
        }
        out.add(new Detection(SpanKind.LICENCE_PLATE, i, plate.end(), "licence-plate", Confidence.HIGH,
                newEnergy ? "province, letter, 6-char new-energy serial" : "province, letter, 5-char serial"));
    }

    // ---- property certificates and labelled values, found at their first char ------------------

    /** What to do where a label or certificate anchor starts. */
    private enum Action {
        REAL_ESTATE_CERTIFICATE, HOUSE_CERTIFICATE, LAND_CERTIFICATE,
        CERTIFICATE_VALUE, ADDRESS_VALUE, STATUS_VALUE, STATUS_AMOUNT
    }

    private record Label(String text, Action action) {
    }

    /** Labels by their first char; only the few chars that start a label have an entry. */
    private static final Label[][] LABELS_BY_FIRST_CHAR = new Label[65536][];

    static {
        List<Label> labels = new ArrayList<>();
        for (String anchor : List.of("不动产权第", "不动产证明第")) {
            labels.add(new Label(anchor, Action.REAL_ESTATE_CERTIFICATE));
        }
        for (String anchor : List.of("房权证", "房屋所有权证")) {
            labels.add(new Label(anchor, Action.HOUSE_CERTIFICATE));
        }
        for (String anchor : List.of("国用", "集用", "集建")) {
            labels.add(new Label(anchor, Action.LAND_CERTIFICATE));
        }
        CERT_LABELS.forEach(l -> labels.add(new Label(l, Action.CERTIFICATE_VALUE)));
        ADDRESS_LABELS.forEach(l -> labels.add(new Label(l, Action.ADDRESS_VALUE)));
        STATUS_TEXT_LABELS.forEach(l -> labels.add(new Label(l, Action.STATUS_VALUE)));
        STATUS_AMOUNT_LABELS.forEach(l -> labels.add(new Label(l, Action.STATUS_AMOUNT)));
        for (Label label : labels) {
            char first = label.text().charAt(0);
            if (CLASS[first] != NONE && CLASS[first] != LABEL) {
                throw new IllegalStateException("label " + label.text() + " starts with a trigger char");
            }
            CLASS[first] = LABEL;
            Label[] known = LABELS_BY_FIRST_CHAR[first];
            Label[] more = known == null ? new Label[1] : Arrays.copyOf(known, known.length + 1);
            more[more.length - 1] = label;
            LABELS_BY_FIRST_CHAR[first] = more;
        }
    }

    /**
     * Runs the labels that start at i. Of two labels with the same action that both match (现住 and
     * 现住址), only the longer runs: the shorter one's value would begin inside the longer label and
     * hide its last chars (现住＊：…).
     */
    private void labelsAt(int i) {
        Label[] candidates = LABELS_BY_FIRST_CHAR[text.charAt(i)];
        for (Label label : candidates) {
            if (text.startsWith(label.text(), i) && !longerLabelMatches(candidates, label, i)) {
                labelAt(label, i);
            }
        }
    }

    private boolean longerLabelMatches(Label[] candidates, Label label, int i) {
        for (Label other : candidates) {
            if (other.action() == label.action() && other.text().length() > label.text().length()
                    && other.text().startsWith(label.text()) && text.startsWith(other.text(), i)) {
                return true;
            }
        }
        return false;
    }

    private void labelAt(Label label, int a) {
        switch (label.action()) {
            case REAL_ESTATE_CERTIFICATE -> realEstateCertificate(a);
            case HOUSE_CERTIFICATE -> {
                if (lookingAt(certHouse, a)) {
                    int start = a > 0 && CLASS[text.charAt(a - 1)] == PROVINCE ? a - 1 : a;
                    out.add(new Detection(SpanKind.PROPERTY_CERTIFICATE, start, certHouse.end(),
                            "house-ownership-certificate", Confidence.HIGH, "房屋所有权证 …字第…号"));
                }
            }
            case LAND_CERTIFICATE -> {
                // The 1–3 char place abbreviation before 国用 (江, 渝北) cannot be told from the words
                // before it, and identifies no one: the span starts at 国用.
                if (lookingAt(certLand, a)) {
                    out.add(new Detection(SpanKind.PROPERTY_CERTIFICATE, a, certLand.end(), "land-use-certificate",
                            Confidence.HIGH, "土地使用证 …国用(年)第…号"));
                }
            }
            case CERTIFICATE_VALUE -> value(label, a, 40, true, SpanKind.PROPERTY_CERTIFICATE,
                    "certificate-after-label", "value of a 产权证号 label");
            case ADDRESS_VALUE -> value(label, a, 60, false, SpanKind.HOME_ADDRESS,
                    "address-after-label", "value of a 住址 label");
            case STATUS_VALUE -> value(label, a, 60, false, SpanKind.PROPERTY_STATUS,
                    "property-status-after-label", "value of a 财产状况 label");
            case STATUS_AMOUNT -> {
                int from = a + label.text().length();
                amount.region(from, Math.min(n, from + 24));
                if (amount.find() && amount.start() - from <= 12) {
                    out.add(new Detection(SpanKind.PROPERTY_STATUS, amount.start(), amount.end(),
                            label.text().endsWith("收入") ? "amount-after-income-label" : "amount-after-deposit-label",
                            Confidence.MEDIUM, "amount after a 存款/余额/收入 label", Detection.Origin.LABEL));
                }
            }
            default -> throw new IllegalStateException(label.action().name());
        }
    }

    private void realEstateCertificate(int anchor) {
        certRealEstate.region(Math.max(0, anchor - 24), Math.min(n, anchor + 24));
        while (certRealEstate.find()) {
            if (certRealEstate.start() <= anchor && certRealEstate.end() > anchor) {
                out.add(new Detection(SpanKind.PROPERTY_CERTIFICATE, certRealEstate.start(), certRealEstate.end(),
                        "real-estate-certificate", Confidence.HIGH, "不动产权证书 省(年)…不动产权第…号"));
                return;
            }
        }
        if (lookingAt(certRealEstateBare, anchor)) {
            out.add(new Detection(SpanKind.PROPERTY_CERTIFICATE, anchor, certRealEstateBare.end(),
                    "real-estate-certificate", Confidence.MEDIUM, "不动产权第…号 without its province and year prefix"));
        }
    }

    /** The value after a label: past ：, 为, 在, spaces; up to a stop char or {@code max} chars. */
    private void value(Label label, int a, int max, boolean parenthesesInside, SpanKind kind, String rule,
            String basis) {
        int start = a + label.text().length();
        while (start < n && start - a - label.text().length() < 4 && "：: 为在是码号".indexOf(folded.charAt(start)) >= 0) {
            start++;
        }
        int end = start;
        while (end < n && end - start < max && VALUE_STOPS.indexOf(text.charAt(end)) < 0
                && (parenthesesInside || folded.charAt(end) != ')') && !organisationCodeAt(end)) {
            end++;
        }
        while (end > start && Character.isWhitespace(folded.charAt(end - 1))) {
            end--;
        }
        if (end - start >= 2) {
            out.add(new Detection(kind, start, end, rule, Confidence.MEDIUM, basis, Detection.Origin.LABEL));
        }
    }

    /**
     * Distance from the end of the nearest label of {@code labels} within {@code window} chars before
     * i, or -1. Scans the window once, right to left, testing only positions whose char starts a label.
     */
    private int labelDistance(int i, LabelSet labels, int window) {
        int from = Math.max(0, i - window);
        for (int p = i - 1; p >= from; p--) {
            char c = text.charAt(p);
            if (!labels.startsLabel(c)) {
                continue;
            }
            for (String label : labels.labels) {
                if (label.charAt(0) == c && p + label.length() <= i && text.startsWith(label, p)) {
                    return i - p - label.length();
                }
            }
        }
        return -1;
    }

    /** Labels and the chars they start with. */
    static final class LabelSet {
        final List<String> labels;
        private final char[] firstChars;

        LabelSet(String... labels) {
            this.labels = List.of(labels);
            StringBuilder first = new StringBuilder();
            for (String label : labels) {
                if (first.indexOf(label.substring(0, 1)) < 0) {
                    first.append(label.charAt(0));
                }
            }
            this.firstChars = first.toString().toCharArray();
        }

        boolean startsLabel(char c) {
            for (char f : firstChars) {
                if (f == c) {
                    return true;
                }
            }
            return false;
        }
    }
}
