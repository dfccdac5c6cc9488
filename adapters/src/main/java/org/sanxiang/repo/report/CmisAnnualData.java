package org.sanxiang.repo.report;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import org.apache.chemistry.opencmis.client.api.Session;
import org.sanxiang.rules.calendar.WorkingDayCalendar;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.report.AnnualAccount;

/**
 * A year's rows for the annual account from any CMIS 1.1 repository (Alfresco's, or the standalone's embedded one)
 * holding both the case tree and the disclosure channel's trees: {@link AnnualData} over {@link CmisReportSearch}.
 */
public final class CmisAnnualData {

    private final AnnualData data;

    /**
     * @param casesRootPath    the bureau's case tree
     * @param publicRootPath   the bureau's public tree: a publication counts once, as its public copy
     * @param internalRootPath where the disclosure channel keeps withdrawn and expired publications
     */
    public CmisAnnualData(Session session, String casesRootPath, String publicRootPath, String internalRootPath,
            ProfileRegistry profiles, WorkingDayCalendar calendar, ZoneId zone, int pageSize) {
        CmisReportSearch search = new CmisReportSearch(Objects.requireNonNull(session, "session"));
        this.data = new AnnualData(search, casesRootPath, search, List.of(Objects.requireNonNull(publicRootPath, "publicRootPath"),
                Objects.requireNonNull(internalRootPath, "internalRootPath")), profiles, calendar, zone, pageSize);
    }

    /** The shared logic this reads with (the annual report's files are compiled from it). */
    AnnualData data() {
        return data;
    }

    /** Feeds every row of the account's year into it and returns it. */
    public AnnualAccount feed(AnnualAccount account) {
        return data.feed(account);
    }

    /** Feeds only the rows the figure is counted from (a drill-down); the account's other figures are then incomplete. */
    public AnnualAccount feedFor(String figureCode, AnnualAccount account) {
        return data.feedFor(figureCode, account);
    }
}
