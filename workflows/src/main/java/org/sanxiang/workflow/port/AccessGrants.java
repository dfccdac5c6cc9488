package org.sanxiang.workflow.port;

import java.time.Instant;
import java.util.List;

/**
 * Time-limited read access to records (in Alfresco: a permission on each record for the grantee;
 * for people outside the system: the copies handed over).
 */
public interface AccessGrants {

    /** Grants read access to the records until {@code until}; returns the grant id. */
    String grant(String caseId, String grantee, List<String> recordIds, Instant until);

    /** Ends the grant (returned early, or expired). */
    void revoke(String grantId, String reason);

    boolean isActive(String grantId);
}
