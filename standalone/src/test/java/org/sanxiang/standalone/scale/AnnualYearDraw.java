package org.sanxiang.standalone.scale;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.sanxiang.model.QName;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.rules.calendar.HolidayCalendar;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.record.RecordDeadlines;

/**
 * A bureau's year (and the end of the year before) drawn from a seed, case by case, without writing it
 * anywhere: case folders with the properties the annual account reads (chongqing-2024 公示 第十四条), the
 * major-decision aspect on some, review opinions, publications in the public tree and (withdrawn,
 * expired) in the internal tree, access requests, AV stage records and missing-AV explanations
 * (chongqing-2024 全过程记录 第六条), legal holds on a few; plus another bureau's cases, which must not
 * count. Case {@code n} is drawn from a random generator seeded with the seed and {@code n} alone, so
 * any case can be drawn again at any time, in any order: {@link AnnualYearGenerator} writes the draws into
 * the embedded repository, {@link GeneratedCmisRepository} answers CMIS queries from them. Each draw
 * carries its contribution to every figure, counted without the rules layer's account.
 */
final class AnnualYearDraw {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final String[] PROFILES = {"chongqing-2024", "wuhan-2020"};
    private static final String[] OPINIONS = {"agree", "agree", "agree", "change", "disagree", "supplementMaterials"};
    private static final String[] ACCESS_STATES = {"approved", "returned", "rejected", "requested"};

    /** Where an object lies: in its case folder, or in the bureau's public or internal tree. */
    enum Place { CASE, PUBLIC, INTERNAL }

    /** One object of a case: its CMIS properties (type, name, {@code cmis:secondaryObjectTypeIds} where it has aspects). */
    record Item(Place place, Map<String, Object> properties) {

        String typeId() {
            return (String) properties.get(PropertyIds.OBJECT_TYPE_ID);
        }

        @SuppressWarnings("unchecked")
        List<String> aspects() {
            Object a = properties.get(PropertyIds.SECONDARY_OBJECT_TYPE_IDS);
            return a == null ? List.of() : (List<String>) a;
        }
    }

    /**
     * A drawn case: whether it is the bureau's own (else another bureau's, outside the case tree), the
     * month folder it is filed in ({@code yyyy-m}), its folder's properties, the objects that belong to it,
     * and what it adds to each figure.
     */
    record Case(int n, boolean ours, String monthFolder, Map<String, Object> folder, List<Item> items,
            Map<String, Long> counts) {
    }

    private final int year;
    private final long seed;
    private final LocalDate today;
    private final Map<String, RecordDeadlines> deadlines = new LinkedHashMap<>();

    AnnualYearDraw(int year, long seed, LocalDate today) {
        this.year = year;
        this.seed = seed;
        this.today = today;
        ProfileRegistry profiles = ProfileRegistry.shipped();
        HolidayCalendar calendar = HolidayCalendar.shipped();
        for (String p : PROFILES) {
            deadlines.put(p, new RecordDeadlines(profiles.get(p), calendar));
        }
    }

    int year() {
        return year;
    }

    /** The day a refusal is dated by (its request's last change): the day the year was written. */
    LocalDate today() {
        return today;
    }

    /** Case {@code n}, the same every time. */
    Case draw(int n) {
        return new Drawing(n).draw();
    }

    /** One case's drawing: the random sequence is consumed in a fixed order, whatever is kept of it. */
    private final class Drawing {

        private final int n;
        private final Random random;
        private final List<Item> items = new ArrayList<>();
        private final Map<String, Long> counts = new LinkedHashMap<>();

        Drawing(int n) {
            this.n = n;
            this.random = new Random(seed * 1_000_003L + n);
        }

        Case draw() {
            boolean ours = random.nextInt(50) != 0;
            // most cases are filed in the year; some at the end of the year before, decided or closed in it
            LocalDate filed = random.nextInt(8) == 0 ? LocalDate.of(year - 1, 10 + random.nextInt(3), 1 + random.nextInt(28))
                    : LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            String profile = PROFILES[random.nextInt(PROFILES.length)];
            int a = random.nextInt(20);
            String action = a < 10 ? "penalty" : a < 15 ? "inspection" : a < 18 ? "licence" : "coercive";
            String procedure = random.nextInt(3) == 0 ? "summary" : "general";
            LocalDate decided = random.nextInt(10) < 7 ? filed.plusDays(random.nextInt(90)) : null;
            Long fine = decided != null && "penalty".equals(action) && random.nextInt(10) < 6
                    ? Long.valueOf(200 + random.nextInt(200_000)) : null;
            LocalDate closed = decided != null && random.nextInt(20) < 17 ? decided.plusDays(random.nextInt(31)) : null;
            LocalDate archived = closed != null && random.nextInt(10) < 7 ? closed.plusDays(random.nextInt(46)) : null;
            Boolean major = decided != null && random.nextInt(10) == 0 ? random.nextInt(10) < 7 : null;
            LocalDate caseHeld = random.nextInt(200) == 0 ? LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)) : null;

            Map<String, Object> props = new LinkedHashMap<>();
            props.put(PropertyIds.OBJECT_TYPE_ID, "F:" + p(SanxiangModel.TYPE_CASE_FOLDER));
            props.put(PropertyIds.NAME, "case-" + n);
            props.put(p(SanxiangModel.PROP_CASE_NUMBER), "渝人社监罚〔" + filed.getYear() + "〕" + n + "号");
            props.put(p(SanxiangModel.PROP_JURISDICTION_PROFILE), profile);
            props.put(p(SanxiangModel.PROP_ACTION_CATEGORY), action);
            props.put(p(SanxiangModel.PROP_PROCEDURE), procedure);
            props.put(p(SanxiangModel.PROP_FILED_AT), day(filed));
            props.put(p(SanxiangModel.PROP_CASE_DECISION_DATE), day(decided));
            props.put(p(SanxiangModel.PROP_FINE_AMOUNT), fine == null ? null : BigDecimal.valueOf(fine));
            props.put(p(SanxiangModel.PROP_CLOSED_DATE), day(closed));
            props.put(p(SanxiangModel.PROP_ARCHIVED_DATE), day(archived));
            List<String> aspects = new ArrayList<>();
            if (major != null) {
                aspects.add("P:" + p(SanxiangModel.ASPECT_MAJOR_DECISION));
                props.put(p(SanxiangModel.PROP_MAJOR), major);
            }
            if (caseHeld != null) {
                hold(aspects, props, caseHeld);
            }
            props.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, aspects);

            if (ours) {
                if (in(filed)) {
                    count("cases.filed");
                    count("cases.byAction." + action);
                    count("cases.byProcedure." + procedure);
                }
                if (in(decided)) {
                    count("decisions");
                    if (fine != null) {
                        count("fines.count");
                        count("fines.yuan", fine);
                    }
                    if (Boolean.TRUE.equals(major)) {
                        count("major");
                    }
                }
                if (in(archived)) {
                    count("records.archived");
                    LocalDate due = deadlines.get(profile).archiveDue(closed).date().orElseThrow();
                    count(archived.isAfter(due) ? "records.archivedLate" : "records.archivedOnTime");
                }
                if (caseHeld != null) {
                    count("holds");
                }
            }
            if (decided != null && "general".equals(procedure)) {
                opinion(decided, ours);
            }
            if (decided != null && ("penalty".equals(action) || "licence".equals(action)) && random.nextInt(5) != 0) {
                disclosure(decided, ours);
            }
            if (random.nextInt(20) == 0) {
                access(filed, ours);
            }
            if (closed != null || decided != null && random.nextInt(3) == 0) {
                stages(closed != null ? closed : decided, ours && in(closed));
            }
            return new Case(n, ours, filed.getYear() + "-" + filed.getMonthValue(), props, List.copyOf(items), counts);
        }

        private void opinion(LocalDate decided, boolean ours) {
            String type = OPINIONS[random.nextInt(OPINIONS.length)];
            LocalDate date = decided.minusDays(1 + random.nextInt(3));
            LocalDate due = date.plusDays(random.nextInt(8) - 1);
            Map<String, Object> props = document(SanxiangModel.TYPE_REVIEW_OPINION, "法制审核意见书.txt");
            props.put(p(SanxiangModel.PROP_STAGE), "legalReview");
            props.put(p(SanxiangModel.PROP_TEXT_RECORD_KIND), "reviewOpinion");
            props.put(p(SanxiangModel.PROP_OPINION_TYPE), type);
            props.put(p(SanxiangModel.PROP_OPINION_DATE), day(date));
            props.put(p(SanxiangModel.PROP_REVIEW_DUE), day(due));
            items.add(new Item(Place.CASE, props));
            if (ours && in(date)) {
                count("reviews");
                count("reviews.byOpinion." + type);
                count(date.isAfter(due) ? "reviews.late" : "reviews.onTime");
            }
        }

        /** A publication: published or corrected in the public tree, withdrawn or expired in the internal one. */
        private void disclosure(LocalDate decided, boolean ours) {
            LocalDate published = decided.plusDays(random.nextInt(11));
            LocalDate due = decided.plusDays(7);
            int s = random.nextInt(100);
            String state = s < 75 ? "published" : s < 85 ? "corrected" : s < 93 ? "withdrawn" : "expired";
            Map<String, Object> props = document(SanxiangModel.TYPE_DISCLOSURE_RECORD, "公示-" + n + ".txt");
            props.put(p(SanxiangModel.PROP_DISCLOSURE_STATE), state);
            props.put(p(SanxiangModel.PROP_PUBLISHED_AT), day(published));
            props.put(p(SanxiangModel.PROP_DISCLOSURE_DUE), day(due));
            LocalDate corrected = "corrected".equals(state) ? published.plusDays(1 + random.nextInt(20)) : null;
            LocalDate withdrawn = "withdrawn".equals(state) ? published.plusDays(1 + random.nextInt(20)) : null;
            LocalDate displayUntil = "expired".equals(state) ? published.plusDays(30 + random.nextInt(300)) : null;
            props.put(p(SanxiangModel.PROP_CORRECTED_AT), day(corrected));
            props.put(p(SanxiangModel.PROP_WITHDRAWN_AT), day(withdrawn));
            props.put(p(SanxiangModel.PROP_DISPLAY_UNTIL), day(displayUntil));
            boolean internal = withdrawn != null || displayUntil != null;
            // another bureau publishes in its own trees: it is not drawn here at all
            if (!ours) {
                return;
            }
            items.add(new Item(internal ? Place.INTERNAL : Place.PUBLIC, props));
            if (in(published)) {
                count("disclosures.published");
                count(published.isAfter(due) ? "disclosures.late" : "disclosures.onTime");
            }
            if (in(corrected)) {
                count("disclosures.corrected");
            }
            if (in(withdrawn)) {
                count("disclosures.withdrawn");
            }
            if (in(displayUntil)) {
                count("disclosures.expired");
            }
        }

        private void access(LocalDate filed, boolean ours) {
            String state = ACCESS_STATES[random.nextInt(ACCESS_STATES.length)];
            LocalDate approved = "approved".equals(state) || "returned".equals(state) ? filed.plusDays(random.nextInt(120)) : null;
            Map<String, Object> props = document(SanxiangModel.TYPE_ACCESS_REQUEST, "调阅申请.txt");
            props.put(p(SanxiangModel.PROP_REQUESTER_NAME), "某律师事务所");
            props.put(p(SanxiangModel.PROP_REQUESTER_KIND), "lawyer");
            props.put(p(SanxiangModel.PROP_ACCESS_STATE), state);
            props.put(p(SanxiangModel.PROP_ACCESS_APPROVED_AT), day(approved));
            items.add(new Item(Place.CASE, props));
            if (!ours) {
                return;
            }
            if (in(approved)) {
                count("access.approved");
            }
            // a refusal is dated by the request's last change: the day it was written
            if ("rejected".equals(state) && in(today)) {
                count("access.refused");
            }
        }

        /**
         * The case's mandatory AV stages: each recorded by one or two AV records, or explained in writing;
         * a stage counts once per case, covered when an AV record of the year covers it.
         */
        private void stages(LocalDate end, boolean counts) {
            String[] stages = {"investigation", "onSiteInspection", "service"};
            Set<String> seen = new LinkedHashSet<>();
            Set<String> covered = new LinkedHashSet<>();
            for (String stage : stages) {
                if (!"investigation".equals(stage) && random.nextBoolean()) {
                    continue;
                }
                LocalDate at = end.minusDays(random.nextInt(40));
                boolean explained = random.nextInt(4) == 0;
                int records = explained ? 1 : 1 + random.nextInt(2);
                for (int r = 0; r < records; r++) {
                    Map<String, Object> props = explained
                            ? document(SanxiangModel.TYPE_TEXT_RECORD, "音像记录缺失说明-" + stage + ".txt")
                            : document(SanxiangModel.TYPE_AV_RECORD, "执法记录仪-" + stage + "-" + r + ".mp4");
                    props.put(p(SanxiangModel.PROP_STAGE), stage);
                    props.put(p(SanxiangModel.PROP_RECORDED_AT), day(at));
                    if (explained) {
                        props.put(p(SanxiangModel.PROP_TEXT_RECORD_KIND), "missingAvExplanation");
                    } else {
                        props.put(p(SanxiangModel.PROP_AV_KIND), "video");
                    }
                    LocalDate held = !explained && random.nextInt(300) == 0 ? LocalDate.of(year, 1 + random.nextInt(12), 1) : null;
                    if (held != null) {
                        List<String> aspects = new ArrayList<>();
                        hold(aspects, props, held);
                        props.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, aspects);
                        // a held record counts where the account looks at records: in a case closed in the year
                        if (counts) {
                            count("holds");
                        }
                    }
                    items.add(new Item(Place.CASE, props));
                    if (counts && in(at)) {
                        seen.add(stage);
                        if (!explained) {
                            covered.add(stage);
                        }
                    }
                }
            }
            count("records.avMandatory", seen.size());
            count("records.avCovered", covered.size());
        }

        private void count(String code) {
            count(code, 1);
        }

        private void count(String code, long k) {
            counts.merge(code, k, Long::sum);
        }
    }

    private boolean in(LocalDate date) {
        return date != null && date.getYear() == year;
    }

    private static void hold(List<String> aspects, Map<String, Object> props, LocalDate at) {
        aspects.add("P:" + p(SanxiangModel.ASPECT_LEGAL_HOLD));
        props.put(p(SanxiangModel.PROP_HOLD_REASONS), "objectionOrComplaint");
        props.put(p(SanxiangModel.PROP_HELD_AT), day(at));
    }

    private static Map<String, Object> document(QName type, String name) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(PropertyIds.OBJECT_TYPE_ID, "D:" + p(type));
        props.put(PropertyIds.NAME, name);
        return props;
    }

    /** A date as the adapters write it: its start in the bureau's zone. */
    static GregorianCalendar day(LocalDate date) {
        return date == null ? null : GregorianCalendar.from(date.atStartOfDay(ZONE));
    }

    static String p(QName q) {
        return q.toPrefixString();
    }
}
