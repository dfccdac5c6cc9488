package org.sanxiang.rules.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Counts one year's figures from rows fed one at a time, so the memory it needs does not grow with
 * the archive (chongqing-2024 公示 第十四条; tianjin-2019 实施方案 三（一）3（3）). A row counts for a
 * figure when the date that figure is about falls in the year: a case filed in 2026 and decided in
 * 2027 counts as filed in 2026 and decided in 2027.
 *
 * <p>Stage rows ({@link #add(StageAvRow)}) must arrive grouped by case, as a repository query
 * ordered by case gives them: the stages of the current case are the only ones remembered.
 */
public final class AnnualAccount {

    private final Year year;
    private final String drillCode;
    private final Consumer<String> drillDown;
    private final Map<FigureGroup, Long> totals = new EnumMap<>(FigureGroup.class);
    private final Map<FigureGroup, Map<String, Long>> breakdowns = new EnumMap<>(FigureGroup.class);
    private BigDecimal fines = BigDecimal.ZERO;
    private String stageCase;
    private final Set<String> stagesSeen = new LinkedHashSet<>();
    private final Set<String> stagesCovered = new LinkedHashSet<>();

    public AnnualAccount(Year year) {
        this(year, null, null);
    }

    private AnnualAccount(Year year, String drillCode, Consumer<String> drillDown) {
        this.year = Objects.requireNonNull(year, "year");
        this.drillCode = drillCode;
        this.drillDown = drillDown;
    }

    /**
     * An account that also hands over, as it counts, the id behind each unit of one figure (a case,
     * an opinion, a publication): the drill-down is the same count, so it always adds up to the figure.
     */
    public static AnnualAccount drillingInto(Year year, String figureCode, Consumer<String> ids) {
        return new AnnualAccount(year, Objects.requireNonNull(figureCode, "figureCode"), Objects.requireNonNull(ids, "ids"));
    }

    public Year year() {
        return year;
    }

    public void add(CaseRow row) {
        if (in(row.filed())) {
            count(FigureGroup.CASES_FILED, row.caseId());
            count(FigureGroup.CASES_BY_ACTION, row.action(), row.caseId());
            if (row.procedure() != null) {
                count(FigureGroup.CASES_BY_PROCEDURE, row.procedure(), row.caseId());
            }
        }
        if (in(row.decided())) {
            count(FigureGroup.DECISIONS, row.caseId());
            if (row.fine() != null && row.fine().signum() > 0) {
                count(FigureGroup.FINES_COUNT, row.caseId());
                fines = fines.add(row.fine());
            }
            if (Boolean.TRUE.equals(row.major())) {
                count(FigureGroup.MAJOR_DECISIONS, row.caseId());
            }
        }
        if (in(row.archived())) {
            count(FigureGroup.CASES_ARCHIVED, row.caseId());
            onTime(row.caseId(), row.archived(), row.archiveDue(), FigureGroup.ARCHIVED_ON_TIME, FigureGroup.ARCHIVED_LATE);
        }
    }

    public void add(OpinionRow row) {
        if (in(row.date())) {
            count(FigureGroup.REVIEWS, row.caseId());
            count(FigureGroup.REVIEWS_BY_OPINION, row.opinionType(), row.caseId());
            onTime(row.caseId(), row.date(), row.due(), FigureGroup.REVIEWS_ON_TIME, FigureGroup.REVIEWS_LATE);
        }
    }

    public void add(DisclosureRow row) {
        if (in(row.published())) {
            count(FigureGroup.DISCLOSURES_PUBLISHED, row.caseId());
            onTime(row.caseId(), row.published(), row.due(), FigureGroup.DISCLOSURES_ON_TIME, FigureGroup.DISCLOSURES_LATE);
        }
        if (in(row.corrected())) {
            count(FigureGroup.DISCLOSURES_CORRECTED, row.caseId());
        }
        if (in(row.withdrawn())) {
            count(FigureGroup.DISCLOSURES_WITHDRAWN, row.caseId());
        }
        if ("expired".equals(row.state()) && in(row.displayUntil())) {
            count(FigureGroup.DISCLOSURES_EXPIRED, row.caseId());
        }
    }

    public void add(AccessRow row) {
        if (in(row.decided())) {
            switch (row.state()) {
                case "approved", "returned" -> count(FigureGroup.ACCESS_APPROVED, row.caseId());
                case "rejected" -> count(FigureGroup.ACCESS_REFUSED, row.caseId());
                default -> { }
            }
        }
    }

    public void add(HoldRow row) {
        if (in(row.heldAt())) {
            count(FigureGroup.LEGAL_HOLDS, row.caseId());
        }
    }

    public void add(StageAvRow row) {
        if (!in(row.date())) {
            return;
        }
        if (!row.caseId().equals(stageCase)) {
            closeStageCase();
            stageCase = row.caseId();
        }
        stagesSeen.add(row.stage());
        if (row.covered()) {
            stagesCovered.add(row.stage());
        }
    }

    /** The figures, in the order of {@link FigureGroup}, each breakdown sorted by code. */
    public List<Figure> figures() {
        closeStageCase();
        totals.put(FigureGroup.FINES_YUAN, fines.setScale(0, RoundingMode.HALF_UP).longValueExact());
        List<Figure> figures = new ArrayList<>();
        for (FigureGroup group : FigureGroup.values()) {
            Map<String, Long> items = breakdowns.get(group);
            if (items != null) {
                items.forEach((item, value) -> figures.add(new Figure(group, item, value)));
            } else if (!group.isBreakdown()) {
                figures.add(new Figure(group, null, totals.getOrDefault(group, 0L)));
            }
        }
        return figures;
    }

    private void closeStageCase() {
        add(FigureGroup.AV_MANDATORY_STAGES, stagesSeen.size());
        add(FigureGroup.AV_COVERED_STAGES, stagesCovered.size());
        if (stageCase != null) {
            stagesSeen.forEach(stage -> drill(FigureGroup.AV_MANDATORY_STAGES.code(), stageCase));
            stagesCovered.forEach(stage -> drill(FigureGroup.AV_COVERED_STAGES.code(), stageCase));
        }
        stagesSeen.clear();
        stagesCovered.clear();
        stageCase = null;
    }

    private boolean in(LocalDate date) {
        return date != null && date.getYear() == year.getValue();
    }

    /** A due date counts the day itself as on time; without one the row counts in neither figure. */
    private void onTime(String caseId, LocalDate done, LocalDate due, FigureGroup onTime, FigureGroup late) {
        if (due != null) {
            count(done.isAfter(due) ? late : onTime, caseId);
        }
    }

    private void count(FigureGroup group, String caseId) {
        add(group, 1);
        drill(group.code(), caseId);
    }

    private void drill(String code, String caseId) {
        if (drillDown != null && code.equals(drillCode)) {
            drillDown.accept(caseId);
        }
    }

    private void add(FigureGroup group, long n) {
        totals.merge(group, n, Long::sum);
    }

    private void count(FigureGroup group, String item, String caseId) {
        breakdowns.computeIfAbsent(group, g -> new TreeMap<>()).merge(item, 1L, Long::sum);
        drill(group.code() + "." + item, caseId);
    }
}
