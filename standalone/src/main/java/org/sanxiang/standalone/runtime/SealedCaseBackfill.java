package org.sanxiang.standalone.runtime;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Objects;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.OperationContext;
import org.apache.chemistry.opencmis.client.api.Session;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.record.CaseSeal;

/**
 * Gives the case folders of a repository written before a sealed case said so on its folder their
 * {@code sx:caseSealedAt}: a case that is not archived but has a record sealed into its chain was sealed then, and
 * must go on refusing new records now that the seal check reads the folder alone ({@link CaseSeal#sealed}). An
 * archived case needs nothing (archived is sealed). Once per database, at start, before the API runs: the
 * runtime's table {@value #TABLE} remembers that it ran.
 */
final class SealedCaseBackfill {

    static final String TABLE = "sx_backfill";
    static final String NAME = "case-sealed-at";

    private static final String CASE_FOLDER = "F:" + SanxiangModel.TYPE_CASE_FOLDER.toPrefixString();

    private SealedCaseBackfill() {
    }

    /** The number of case folders that got {@code sx:caseSealedAt}; 0 when it ran before on this database. */
    static int run(Database database, Session session, ProtectedPropertyOverlay cases, String casesPath, Clock clock) {
        database.ddl("CREATE TABLE IF NOT EXISTS " + TABLE + " (name VARCHAR(100) PRIMARY KEY, done_at TIMESTAMP NOT NULL)");
        if (!database.query("SELECT 1 FROM " + TABLE + " WHERE name = ?", rs -> 1, NAME).isEmpty()) {
            return 0;
        }
        OperationContext context = session.createOperationContext();
        context.setCacheEnabled(false);
        context.setFilterString("*");
        context.setMaxItemsPerPage(500);
        int marked = 0;
        Folder root = (Folder) session.getObjectByPath(casesPath, context);
        for (CmisObject child : root.getChildren(context)) {
            if (child instanceof Folder folder && CASE_FOLDER.equals(folder.getType().getId())) {
                marked += mark(cases, folder, clock) ? 1 : 0;
            }
        }
        database.update("INSERT INTO " + TABLE + " (name, done_at) VALUES (?, ?)", NAME, java.sql.Timestamp.from(clock.instant()));
        return marked;
    }

    private static boolean mark(ProtectedPropertyOverlay cases, Folder folder, Clock clock) {
        CaseFolder facts = cases.cmis().facts(folder);
        if (CaseSeal.sealed(facts)) {
            return false;
        }
        Instant sealedAt = null;
        for (CaseRecord r : cases.records(folder.getId())) {
            if (r.aspects().contains(CaseSeal.SEALED)) {
                Instant at = r.properties().get(CaseSeal.SEALED_AT) instanceof Date d ? d.toInstant() : clock.instant();
                sealedAt = sealedAt == null || at.isBefore(sealedAt) ? at : sealedAt;
            }
        }
        if (sealedAt == null) {
            return false;
        }
        cases.setProperties(folder.getId(), Map.of(CaseSeal.CASE_SEALED_AT, Date.from(Objects.requireNonNull(sealedAt))));
        return true;
    }
}
