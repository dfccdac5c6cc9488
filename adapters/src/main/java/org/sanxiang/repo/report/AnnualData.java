package org.sanxiang.repo.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.sanxiang.model.QName;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.repo.cmis.CmisQueryLiterals;
import org.sanxiang.rules.calendar.WorkingDayCalendar;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.record.RecordDeadlines;
import org.sanxiang.rules.report.AccessRow;
import org.sanxiang.rules.report.AnnualAccount;
import org.sanxiang.rules.report.CaseRow;
import org.sanxiang.rules.report.DisclosureRow;
import org.sanxiang.rules.report.FigureGroup;
import org.sanxiang.rules.report.HoldRow;
import org.sanxiang.rules.report.OpinionRow;
import org.sanxiang.rules.report.StageAvRow;
import org.sanxiang.workflow.port.Publication;
import org.sanxiang.workflow.record.CaseRecordRules;

/**
 * Reads a year's rows for the annual account with CMIS-QL queries, page by page: memory holds one page, never the
 * archive. A bureau is its case tree and its publication trees: every case folder and record under the one, every
 * publication in the public tree or, once withdrawn or expired, in the internal tree the disclosure channel moves it
 * to; each case is judged by its own profile (its archiving deadline). The query text and the counting are this
 * class's; running a query and reading an aspect's properties are the {@link ReportSearch}'s (over CMIS, or inside
 * Alfresco over its SearchService).
 */
public final class AnnualData {

    public static final String OBJECT_ID = "cmis:objectId";
    public static final String OBJECT_TYPE_ID = "cmis:objectTypeId";
    public static final String SECONDARY_TYPES = "cmis:secondaryObjectTypeIds";
    public static final String CREATION_DATE = "cmis:creationDate";
    public static final String LAST_MODIFICATION_DATE = "cmis:lastModificationDate";

    private final ReportSearch cases;
    private final String casesPath;
    private final ReportSearch publications;
    private final List<String> publicationPaths;
    private final ProfileRegistry profiles;
    private final WorkingDayCalendar calendar;
    private final ZoneId zone;
    private final int pageSize;

    /**
     * @param casesPath        the bureau's case tree in {@code cases}
     * @param publications     the repository of the disclosure channel's trees, or null where no channel delivers
     *                         (nothing is published then, and the disclosure figures are zero)
     * @param publicationPaths the public tree (a publication counts once, as its public copy) and the internal tree
     *                         where the channel keeps withdrawn and expired publications
     */
    public AnnualData(ReportSearch cases, String casesPath, ReportSearch publications, List<String> publicationPaths,
            ProfileRegistry profiles, WorkingDayCalendar calendar, ZoneId zone, int pageSize) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.casesPath = Objects.requireNonNull(casesPath, "casesPath");
        this.publications = publications;
        this.publicationPaths = List.copyOf(publicationPaths);
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.zone = Objects.requireNonNull(zone, "zone");
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize: at least 1");
        }
        this.pageSize = pageSize;
    }

    /** The kinds of rows a computation reads; a figure is counted from one kind (the stages' from the cases' pages too). */
    private enum Rows { CASES, MAJOR, STAGES_AND_HOLDS, OPINIONS, DISCLOSURES, ACCESS }

    /** Feeds every row of the account's year into it and returns it. */
    public AnnualAccount feed(AnnualAccount account) {
        return feed(account, EnumSet.allOf(Rows.class));
    }

    /**
     * Feeds only the rows the figure is counted from, for a drill-down: a review figure reads the opinions'
     * pages alone, a disclosure figure the publications', a case figure the cases' without their stages
     * (and without their major-decision aspect but for the major decisions' figure).
     * The account's other figures are then incomplete.
     */
    public AnnualAccount feedFor(String figureCode, AnnualAccount account) {
        return feed(account, rowsFor(Objects.requireNonNull(figureCode, "figureCode")));
    }

    private static Set<Rows> rowsFor(String code) {
        if (code.startsWith(FigureGroup.REVIEWS.code())) {
            return EnumSet.of(Rows.OPINIONS);
        }
        if (code.startsWith("disclosures.")) {
            return EnumSet.of(Rows.DISCLOSURES);
        }
        if (code.startsWith("access.")) {
            return EnumSet.of(Rows.ACCESS);
        }
        if (code.equals(FigureGroup.AV_MANDATORY_STAGES.code()) || code.equals(FigureGroup.AV_COVERED_STAGES.code())
                || code.equals(FigureGroup.LEGAL_HOLDS.code())) {
            return EnumSet.of(Rows.CASES, Rows.STAGES_AND_HOLDS);
        }
        if (code.equals(FigureGroup.MAJOR_DECISIONS.code())) {
            return EnumSet.of(Rows.CASES, Rows.MAJOR);
        }
        return EnumSet.of(Rows.CASES);
    }

    private AnnualAccount feed(AnnualAccount account, Set<Rows> rows) {
        Map<String, RecordDeadlines> deadlines = new HashMap<>();
        boolean stages = rows.contains(Rows.STAGES_AND_HOLDS);
        int year = account.year().getValue();
        String casesTree = " WHERE IN_TREE(" + CmisQueryLiterals.literal(cases.folder(casesPath)) + ")";
        if (rows.contains(Rows.CASES)) {
            pages(cases, query(List.of(SECONDARY_TYPES), List.of(SanxiangModel.PROP_ACTION_CATEGORY, SanxiangModel.PROP_PROCEDURE,
                    SanxiangModel.PROP_FILED_AT, SanxiangModel.PROP_CASE_DECISION_DATE, SanxiangModel.PROP_FINE_AMOUNT,
                    SanxiangModel.PROP_CLOSED_DATE, SanxiangModel.PROP_ARCHIVED_DATE, SanxiangModel.PROP_JURISDICTION_PROFILE),
                    SanxiangModel.TYPE_CASE_FOLDER, casesTree), page -> {
                        Map<String, Map<String, Object>> major = !rows.contains(Rows.MAJOR) ? Map.of()
                                : aspectValues(page, SanxiangModel.ASPECT_MAJOR_DECISION, SanxiangModel.PROP_MAJOR);
                        // their stages are read before the next page: memory holds no list of the year's closed cases
                        List<String> closedThisYear = new ArrayList<>();
                        List<String> held = new ArrayList<>();
                        for (Map<String, Object> r : page) {
                            String id = id(r);
                            LocalDate closed = date(r, SanxiangModel.PROP_CLOSED_DATE);
                            String profile = text(r, SanxiangModel.PROP_JURISDICTION_PROFILE);
                            LocalDate archiveDue = closed == null || profile == null || !profiles.contains(profile) ? null
                                    : deadlines.computeIfAbsent(profile, p -> new RecordDeadlines(profiles.get(p), calendar))
                                            .archiveDue(closed).date().orElse(null);
                            Object isMajor = major.getOrDefault(id, Map.of()).get(col(SanxiangModel.PROP_MAJOR));
                            account.add(new CaseRow(id, text(r, SanxiangModel.PROP_ACTION_CATEGORY),
                                    text(r, SanxiangModel.PROP_PROCEDURE), date(r, SanxiangModel.PROP_FILED_AT),
                                    date(r, SanxiangModel.PROP_CASE_DECISION_DATE), decimal(r, SanxiangModel.PROP_FINE_AMOUNT),
                                    isMajor instanceof Boolean b ? b : null, date(r, SanxiangModel.PROP_ARCHIVED_DATE),
                                    archiveDue));
                            if (stages && closed != null && closed.getYear() == year) {
                                closedThisYear.add(id);
                            }
                            if (stages && hasAspect(r, SanxiangModel.ASPECT_LEGAL_HOLD)) {
                                held.add(id);
                            }
                        }
                        holds(held, account);
                        closedThisYear.forEach(caseId -> stages(caseId, account));
                    });
        }
        if (rows.contains(Rows.OPINIONS)) {
            pages(cases, query(List.of(), List.of(SanxiangModel.PROP_OPINION_TYPE, SanxiangModel.PROP_OPINION_DATE,
                    SanxiangModel.PROP_REVIEW_DUE), SanxiangModel.TYPE_REVIEW_OPINION, casesTree), page -> {
                        for (Map<String, Object> r : page) {
                            LocalDate date = date(r, SanxiangModel.PROP_OPINION_DATE);
                            String type = text(r, SanxiangModel.PROP_OPINION_TYPE);
                            if (date != null && type != null) {
                                account.add(new OpinionRow(id(r), type, date, date(r, SanxiangModel.PROP_REVIEW_DUE)));
                            }
                        }
                    });
        }
        if (publications != null && rows.contains(Rows.DISCLOSURES)) {
            for (String tree : publicationPaths) {
                publications(tree, account);
            }
        }
        if (rows.contains(Rows.ACCESS)) {
            pages(cases, query(List.of(LAST_MODIFICATION_DATE), List.of(SanxiangModel.PROP_ACCESS_STATE,
                    SanxiangModel.PROP_ACCESS_APPROVED_AT), SanxiangModel.TYPE_ACCESS_REQUEST, casesTree), page -> {
                        for (Map<String, Object> r : page) {
                            String state = text(r, SanxiangModel.PROP_ACCESS_STATE);
                            LocalDate decided = date(r, SanxiangModel.PROP_ACCESS_APPROVED_AT);
                            if ("rejected".equals(state)) {
                                decided = localDate(r.get(LAST_MODIFICATION_DATE));
                            }
                            account.add(new AccessRow(id(r), state == null ? "requested" : state, decided));
                        }
                    });
        }
        return account;
    }

    private void publications(String tree, AnnualAccount account) {
        String root = publications.folder(tree);
        pages(publications, query(List.of(), List.of(SanxiangModel.PROP_DISCLOSURE_STATE, SanxiangModel.PROP_PUBLISHED_AT,
                SanxiangModel.PROP_DISCLOSURE_DUE, SanxiangModel.PROP_CORRECTED_AT, SanxiangModel.PROP_WITHDRAWN_AT,
                SanxiangModel.PROP_DISPLAY_UNTIL, SanxiangModel.PROP_DISCLOSURE_CASE_NUMBER), SanxiangModel.TYPE_DISCLOSURE_RECORD,
                " WHERE IN_TREE(" + CmisQueryLiterals.literal(root) + ")"), page -> {
                    for (Map<String, Object> r : page) {
                        String about = text(r, SanxiangModel.PROP_DISCLOSURE_CASE_NUMBER);
                        if (about != null && about.startsWith(Publication.REPORT_PREFIX)) {
                            continue; // an annual report's own public copy is the account, not a disclosure in it
                        }
                        account.add(new DisclosureRow(id(r), Optional.ofNullable(text(r, SanxiangModel.PROP_DISCLOSURE_STATE))
                                .orElse("draft"), date(r, SanxiangModel.PROP_PUBLISHED_AT), date(r, SanxiangModel.PROP_DISCLOSURE_DUE),
                                date(r, SanxiangModel.PROP_CORRECTED_AT), date(r, SanxiangModel.PROP_WITHDRAWN_AT),
                                date(r, SanxiangModel.PROP_DISPLAY_UNTIL)));
                    }
                });
    }

    /**
     * A closed case's mandatory-AV stages: covered by an AV record, or explained by the officer in writing (the text
     * record of kind {@value CaseRecordRules#MISSING_AV_EXPLANATION_KIND}).
     */
    private void stages(String caseId, AnnualAccount account) {
        String inFolder = "IN_FOLDER(" + CmisQueryLiterals.literal(caseId) + ")";
        String avType = "D:" + SanxiangModel.TYPE_AV_RECORD.toPrefixString();
        List<String> dated = List.of(OBJECT_TYPE_ID, SECONDARY_TYPES, CREATION_DATE);
        List<QName> stage = List.of(SanxiangModel.PROP_STAGE, SanxiangModel.PROP_RECORDED_AT);
        List<StageAvRow> rows = new ArrayList<>();
        List<String> held = new ArrayList<>();
        pages(cases, query(dated, stage, SanxiangModel.TYPE_STAGE_RECORD, " WHERE " + inFolder), page -> {
            for (Map<String, Object> r : page) {
                if (hasAspect(r, SanxiangModel.ASPECT_LEGAL_HOLD)) {
                    held.add(id(r));
                }
                if (avType.equals(r.get(OBJECT_TYPE_ID))) {
                    stageRow(caseId, r, true).ifPresent(rows::add);
                }
            }
        });
        pages(cases, query(dated, stage, SanxiangModel.TYPE_TEXT_RECORD, " WHERE " + col(SanxiangModel.PROP_TEXT_RECORD_KIND)
                + " = " + CmisQueryLiterals.literal(CaseRecordRules.MISSING_AV_EXPLANATION_KIND) + " AND " + inFolder),
                page -> page.forEach(r -> stageRow(caseId, r, false).ifPresent(rows::add)));
        rows.forEach(account::add);
        holds(held, account);
    }

    private Optional<StageAvRow> stageRow(String caseId, Map<String, Object> r, boolean covered) {
        String stage = text(r, SanxiangModel.PROP_STAGE);
        LocalDate date = Optional.ofNullable(date(r, SanxiangModel.PROP_RECORDED_AT)).orElse(localDate(r.get(CREATION_DATE)));
        return stage == null || date == null ? Optional.empty() : Optional.of(new StageAvRow(caseId, stage, covered, date));
    }

    private void holds(Collection<String> ids, AnnualAccount account) {
        if (ids.isEmpty()) {
            return;
        }
        cases.aspectValues(ids, SanxiangModel.ASPECT_LEGAL_HOLD, List.of(SanxiangModel.PROP_HELD_AT)).forEach((id, values) -> {
            LocalDate at = localDate(values.get(col(SanxiangModel.PROP_HELD_AT)));
            if (at != null) {
                account.add(new HoldRow(id, at));
            }
        });
    }

    /** The aspect's properties of the page's objects that carry it. */
    private Map<String, Map<String, Object>> aspectValues(List<Map<String, Object>> page, QName aspect, QName... properties) {
        List<String> ids = page.stream().filter(r -> hasAspect(r, aspect)).map(AnnualData::id).toList();
        return ids.isEmpty() ? Map.of() : cases.aspectValues(ids, aspect, List.of(properties));
    }

    /** Runs a query and hands it over a page at a time. */
    private void pages(ReportSearch search, ReportSearch.Query query, Consumer<List<Map<String, Object>>> onPage) {
        long skip = 0;
        while (true) {
            ReportSearch.Page page = search.page(query, skip, pageSize);
            if (!page.rows().isEmpty()) {
                onPage.accept(page.rows());
            }
            if (!page.hasMore() || page.rows().isEmpty()) {
                return;
            }
            skip += page.rows().size();
        }
    }

    /** {@code SELECT cmis:objectId, <columns>, <properties> FROM <type> <where>}. */
    private static ReportSearch.Query query(List<String> columns, List<QName> properties, QName type, String where) {
        List<String> all = Stream.concat(Stream.concat(Stream.of(OBJECT_ID), columns.stream()), properties.stream().map(AnnualData::col))
                .toList();
        return new ReportSearch.Query(all, "FROM " + type.toPrefixString() + where);
    }

    private static String id(Map<String, Object> r) {
        return (String) r.get(OBJECT_ID);
    }

    private static boolean hasAspect(Map<String, Object> r, QName aspect) {
        return r.get(SECONDARY_TYPES) instanceof List<?> ids && ids.contains("P:" + aspect.toPrefixString());
    }

    static String col(QName property) {
        return property.toPrefixString();
    }

    private static String text(Map<String, Object> r, QName property) {
        Object v = r.get(col(property));
        return v == null ? null : v.toString();
    }

    private static BigDecimal decimal(Map<String, Object> r, QName property) {
        Object v = r.get(col(property));
        return v instanceof BigDecimal b ? b : v instanceof Number n ? new BigDecimal(n.toString()) : null;
    }

    private LocalDate date(Map<String, Object> r, QName property) {
        return localDate(r.get(col(property)));
    }

    private LocalDate localDate(Object value) {
        if (value instanceof Calendar c) {
            return c.toInstant().atZone(zone).toLocalDate();
        }
        return value instanceof Date d ? d.toInstant().atZone(zone).toLocalDate() : null;
    }
}
