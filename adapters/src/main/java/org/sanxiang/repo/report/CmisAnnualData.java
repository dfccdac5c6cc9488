package org.sanxiang.repo.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.ItemIterable;
import org.apache.chemistry.opencmis.client.api.OperationContext;
import org.apache.chemistry.opencmis.client.api.QueryResult;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;
import org.sanxiang.model.QName;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.repo.cmis.CmisQueryLiterals;
import org.sanxiang.workflow.port.Publication;
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

/**
 * Reads a year's rows for the annual account from any CMIS 1.1 repository (Alfresco's, or the
 * standalone's embedded one), page by page: memory holds one page, never the archive. A bureau is
 * its case tree and its publication trees: every case folder and record under the one, every
 * publication in the public tree or, once withdrawn or expired, in the internal tree the disclosure
 * channel moves it to; each case is judged by its own profile (its archiving deadline). Aspect
 * properties are read with Alfresco's aspect queries where the repository answers them, otherwise
 * (the OpenCMIS InMemory server has no queryable secondary types) from the objects that carry the
 * aspect, page by page.
 */
public final class CmisAnnualData {

    /** Mandatory AV stages without a recording leave this text record (the record process's written reason). */
    static final String MISSING_AV_EXPLANATION = "missingAvExplanation";

    private final Session session;
    private final String casesRootPath;
    private final String publicRootPath;
    private final String internalRootPath;
    private final ProfileRegistry profiles;
    private final WorkingDayCalendar calendar;
    private final ZoneId zone;
    private final int pageSize;

    /**
     * @param casesRootPath  the bureau's case tree
     * @param publicRootPath   the bureau's public tree: a publication counts once, as its public copy
     * @param internalRootPath where the disclosure channel keeps withdrawn and expired publications
     */
    public CmisAnnualData(Session session, String casesRootPath, String publicRootPath, String internalRootPath,
            ProfileRegistry profiles, WorkingDayCalendar calendar, ZoneId zone, int pageSize) {
        this.session = Objects.requireNonNull(session, "session");
        this.casesRootPath = Objects.requireNonNull(casesRootPath, "casesRootPath");
        this.publicRootPath = Objects.requireNonNull(publicRootPath, "publicRootPath");
        this.internalRootPath = Objects.requireNonNull(internalRootPath, "internalRootPath");
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
        int year = account.year().getValue();
        String casesTree = " WHERE IN_TREE(" + CmisQueryLiterals.literal(session.getObjectByPath(casesRootPath).getId()) + ")";
        boolean stages = rows.contains(Rows.STAGES_AND_HOLDS);
        if (rows.contains(Rows.CASES)) {
            pages("SELECT cmis:objectId, cmis:secondaryObjectTypeIds, " + columns(SanxiangModel.PROP_ACTION_CATEGORY,
                    SanxiangModel.PROP_PROCEDURE, SanxiangModel.PROP_FILED_AT, SanxiangModel.PROP_CASE_DECISION_DATE,
                    SanxiangModel.PROP_FINE_AMOUNT, SanxiangModel.PROP_CLOSED_DATE, SanxiangModel.PROP_ARCHIVED_DATE,
                    SanxiangModel.PROP_JURISDICTION_PROFILE) + " FROM " + table(SanxiangModel.TYPE_CASE_FOLDER) + casesTree, page -> {
                        Map<String, Map<String, Object>> major = !rows.contains(Rows.MAJOR) ? Map.of()
                                : aspectValues(page, SanxiangModel.ASPECT_MAJOR_DECISION, SanxiangModel.PROP_MAJOR);
                        // their stages are read before the next page: memory holds no list of the year's closed cases
                        List<String> closedThisYear = new ArrayList<>();
                        for (QueryResult r : page) {
                            String id = r.getPropertyValueById("cmis:objectId");
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
                                holds(List.of(id), account);
                            }
                        }
                        closedThisYear.forEach(caseId -> stages(caseId, account));
                    });
        }
        if (rows.contains(Rows.OPINIONS)) {
            pages("SELECT cmis:objectId, " + columns(SanxiangModel.PROP_OPINION_TYPE, SanxiangModel.PROP_OPINION_DATE,
                    SanxiangModel.PROP_REVIEW_DUE) + " FROM " + table(SanxiangModel.TYPE_REVIEW_OPINION) + casesTree, page -> {
                        for (QueryResult r : page) {
                            LocalDate date = date(r, SanxiangModel.PROP_OPINION_DATE);
                            String type = text(r, SanxiangModel.PROP_OPINION_TYPE);
                            if (date != null && type != null) {
                                account.add(new OpinionRow(r.getPropertyValueById("cmis:objectId"), type, date,
                                        date(r, SanxiangModel.PROP_REVIEW_DUE)));
                            }
                        }
                    });
        }
        for (String tree : rows.contains(Rows.DISCLOSURES) ? List.of(publicRootPath, internalRootPath) : List.<String>of()) {
            String root = session.getObjectByPath(tree).getId();
            pages("SELECT cmis:objectId, " + columns(SanxiangModel.PROP_DISCLOSURE_STATE, SanxiangModel.PROP_PUBLISHED_AT,
                    SanxiangModel.PROP_DISCLOSURE_DUE, SanxiangModel.PROP_CORRECTED_AT, SanxiangModel.PROP_WITHDRAWN_AT,
                    SanxiangModel.PROP_DISPLAY_UNTIL, SanxiangModel.PROP_DISCLOSURE_CASE_NUMBER) + " FROM "
                    + table(SanxiangModel.TYPE_DISCLOSURE_RECORD) + " WHERE IN_TREE(" + CmisQueryLiterals.literal(root) + ")",
                    page -> {
                        for (QueryResult r : page) {
                            String about = text(r, SanxiangModel.PROP_DISCLOSURE_CASE_NUMBER);
                            if (about != null && about.startsWith(Publication.REPORT_PREFIX)) {
                                continue; // an annual report's own public copy is the account, not a disclosure in it
                            }
                            account.add(new DisclosureRow(r.getPropertyValueById("cmis:objectId"),
                                    Optional.ofNullable(text(r, SanxiangModel.PROP_DISCLOSURE_STATE)).orElse("draft"),
                                    date(r, SanxiangModel.PROP_PUBLISHED_AT), date(r, SanxiangModel.PROP_DISCLOSURE_DUE),
                                    date(r, SanxiangModel.PROP_CORRECTED_AT), date(r, SanxiangModel.PROP_WITHDRAWN_AT),
                                    date(r, SanxiangModel.PROP_DISPLAY_UNTIL)));
                        }
                    });
        }
        if (rows.contains(Rows.ACCESS)) {
            pages("SELECT cmis:objectId, cmis:lastModificationDate, " + columns(SanxiangModel.PROP_ACCESS_STATE,
                    SanxiangModel.PROP_ACCESS_APPROVED_AT) + " FROM " + table(SanxiangModel.TYPE_ACCESS_REQUEST) + casesTree,
                    page -> {
                        for (QueryResult r : page) {
                            String state = text(r, SanxiangModel.PROP_ACCESS_STATE);
                            LocalDate decided = date(r, SanxiangModel.PROP_ACCESS_APPROVED_AT);
                            if ("rejected".equals(state)) {
                                decided = localDate(r.getPropertyValueById("cmis:lastModificationDate"));
                            }
                            account.add(new AccessRow(r.getPropertyValueById("cmis:objectId"),
                                    state == null ? "requested" : state, decided));
                        }
                    });
        }
        return account;
    }

    /** A closed case's mandatory-AV stages: covered by an AV record, or explained by the officer in writing. */
    private void stages(String caseId, AnnualAccount account) {
        String inFolder = "IN_FOLDER(" + CmisQueryLiterals.literal(caseId) + ")";
        String avType = "D:" + SanxiangModel.TYPE_AV_RECORD.toPrefixString();
        String dated = "cmis:objectId, cmis:objectTypeId, cmis:secondaryObjectTypeIds, cmis:creationDate, "
                + columns(SanxiangModel.PROP_STAGE, SanxiangModel.PROP_RECORDED_AT);
        List<StageAvRow> rows = new ArrayList<>();
        List<String> held = new ArrayList<>();
        pages("SELECT " + dated + " FROM " + table(SanxiangModel.TYPE_STAGE_RECORD) + " WHERE " + inFolder, page -> {
            for (QueryResult r : page) {
                if (hasAspect(r, SanxiangModel.ASPECT_LEGAL_HOLD)) {
                    held.add(r.getPropertyValueById("cmis:objectId"));
                }
                if (avType.equals(r.getPropertyValueById("cmis:objectTypeId"))) {
                    stageRow(caseId, r, true).ifPresent(rows::add);
                }
            }
        });
        pages("SELECT " + dated + " FROM " + table(SanxiangModel.TYPE_TEXT_RECORD) + " WHERE "
                + col(SanxiangModel.PROP_TEXT_RECORD_KIND) + " = " + CmisQueryLiterals.literal(MISSING_AV_EXPLANATION)
                + " AND " + inFolder, page -> page.forEach(r -> stageRow(caseId, r, false).ifPresent(rows::add)));
        rows.forEach(account::add);
        holds(held, account);
    }

    private Optional<StageAvRow> stageRow(String caseId, QueryResult r, boolean covered) {
        String stage = text(r, SanxiangModel.PROP_STAGE);
        LocalDate date = Optional.ofNullable(date(r, SanxiangModel.PROP_RECORDED_AT))
                .orElse(localDate(r.getPropertyValueById("cmis:creationDate")));
        return stage == null || date == null ? Optional.empty() : Optional.of(new StageAvRow(caseId, stage, covered, date));
    }

    private void holds(Collection<String> ids, AnnualAccount account) {
        if (ids.isEmpty()) {
            return;
        }
        objectsWith(ids, SanxiangModel.PROP_HELD_AT).forEach((id, values) -> {
            LocalDate at = localDate(values.get(col(SanxiangModel.PROP_HELD_AT)));
            if (at != null) {
                account.add(new HoldRow(id, at));
            }
        });
    }

    /** The aspect's properties of the page's objects that carry it: one aspect query, or one read each where that is refused. */
    private Map<String, Map<String, Object>> aspectValues(List<QueryResult> page, QName aspect, QName... properties) {
        List<String> ids = page.stream().filter(r -> hasAspect(r, aspect))
                .map(r -> (String) r.getPropertyValueById("cmis:objectId")).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        try {
            Map<String, Map<String, Object>> values = new HashMap<>();
            String in = ids.stream().map(CmisQueryLiterals::literal).collect(Collectors.joining(","));
            for (QueryResult r : session.query("SELECT cmis:objectId, " + columns(properties) + " FROM " + table(aspect)
                    + " WHERE cmis:objectId IN (" + in + ")", false)) {
                Map<String, Object> v = new HashMap<>();
                for (QName p : properties) {
                    v.put(col(p), r.getPropertyValueByQueryName(col(p)));
                }
                values.put(r.getPropertyValueById("cmis:objectId"), v);
            }
            return values;
        } catch (CmisInvalidArgumentException refused) {
            return objectsWith(ids, properties);
        }
    }

    private Map<String, Map<String, Object>> objectsWith(Collection<String> ids, QName... properties) {
        OperationContext context = session.createOperationContext();
        // the client types aspect properties by the secondary types the object names
        context.setFilterString("cmis:objectId,cmis:objectTypeId,cmis:secondaryObjectTypeIds," + columns(properties));
        context.setIncludeAcls(false);
        context.setIncludeAllowableActions(false);
        context.setCacheEnabled(false);
        Map<String, Map<String, Object>> values = new HashMap<>();
        for (String id : ids) {
            CmisObject o = session.getObject(id, context);
            Map<String, Object> v = new HashMap<>();
            for (QName p : properties) {
                v.put(col(p), o.getPropertyValue(col(p)));
            }
            values.put(id, v);
        }
        return values;
    }

    /** Runs a query and hands it over a page at a time. */
    private void pages(String statement, Consumer<List<QueryResult>> onPage) {
        OperationContext context = session.createOperationContext();
        context.setMaxItemsPerPage(pageSize);
        context.setIncludeAllowableActions(false);
        context.setCacheEnabled(false);
        ItemIterable<QueryResult> results = session.query(statement, false, context);
        long skip = 0;
        while (true) {
            ItemIterable<QueryResult> page = results.skipTo(skip).getPage(pageSize);
            List<QueryResult> rows = new ArrayList<>(pageSize);
            page.forEach(rows::add);
            if (!rows.isEmpty()) {
                onPage.accept(rows);
            }
            if (!page.getHasMoreItems() || rows.isEmpty()) {
                return;
            }
            skip += rows.size();
        }
    }

    private static boolean hasAspect(QueryResult r, QName aspect) {
        List<Object> ids = r.getPropertyMultivalueById("cmis:secondaryObjectTypeIds");
        return ids != null && ids.contains("P:" + aspect.toPrefixString());
    }

    private static String table(QName type) {
        return type.toPrefixString();
    }

    private static String col(QName property) {
        return property.toPrefixString();
    }

    private static String columns(QName... properties) {
        return Arrays.stream(properties).map(CmisAnnualData::col).collect(Collectors.joining(", "));
    }

    private static String text(QueryResult r, QName property) {
        Object v = r.getPropertyValueByQueryName(col(property));
        return v == null ? null : v.toString();
    }

    private static BigDecimal decimal(QueryResult r, QName property) {
        Object v = r.getPropertyValueByQueryName(col(property));
        return v instanceof BigDecimal b ? b : v instanceof Number n ? new BigDecimal(n.toString()) : null;
    }

    private LocalDate date(QueryResult r, QName property) {
        return localDate(r.getPropertyValueByQueryName(col(property)));
    }

    private LocalDate localDate(Object value) {
        return value instanceof GregorianCalendar c ? c.toInstant().atZone(zone).toLocalDate() : null;
    }
}
