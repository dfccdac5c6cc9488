package org.sanxiang.workflow.port;

import java.time.Instant;
import java.util.List;

/**
 * Time-limited read access to records (in Alfresco: a permission on each record for the grantee;
 * for people outside the system: the copies handed over). Whether the grantee may also take copies is
 * part of the approval (调阅、复制 are registered apart: wuhan-2020 全过程记录 第二十七条第三款).
 */
public interface AccessGrants {

    /**
     * Grants read access to the records until {@code until}, with copies only when {@code copiesAllowed};
     * returns the grant id.
     */
    String grant(String caseId, String grantee, List<String> recordIds, Instant until, boolean copiesAllowed);

    /** Ends the grant (returned early, or expired). */
    void revoke(String grantId, String reason);

    boolean isActive(String grantId);

    /** How many copies the grantee took under the grant so far (0 for an unknown grant). */
    int copiesTaken(String grantId);
}
