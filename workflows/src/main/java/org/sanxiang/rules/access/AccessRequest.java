package org.sanxiang.rules.access;

import java.util.Objects;

/**
 * A request to read or copy the full-process records of one case.
 *
 * @param profileId          the jurisdiction profile the case is handled under
 * @param kind               who asks
 * @param requesterName      the person asking (调阅人 / 借阅人)
 * @param organisation       the organ, firm, unit or party the person acts for (借阅部门)
 * @param legalBasis         the official letter (函告), legal provision or other basis stated; may be blank
 * @param courtOrderNumber   number of the court's investigation order (律师调查令) a lawyer holds; may be null
 * @param requesterPartyId   for a party: the party's id, checked against the case's parties; may be null
 * @param reason             why the records are needed (事由)
 * @param periodWorkingDays  how long the records are borrowed (借阅期限), in working days
 */
public record AccessRequest(String profileId, RequesterKind kind, String requesterName, String organisation,
        String legalBasis, String courtOrderNumber, String requesterPartyId, String reason, int periodWorkingDays) {

    public AccessRequest {
        requireText(profileId, "profileId");
        Objects.requireNonNull(kind, "kind");
        requireText(requesterName, "requesterName");
        requireText(reason, "reason");
        if (periodWorkingDays < 1) {
            throw new IllegalArgumentException("periodWorkingDays must be at least 1, got " + periodWorkingDays);
        }
    }

    boolean hasLegalBasis() {
        return legalBasis != null && !legalBasis.isBlank();
    }

    boolean hasCourtOrder() {
        return courtOrderNumber != null && !courtOrderNumber.isBlank();
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
