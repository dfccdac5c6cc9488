package org.sanxiang.rules.facts;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The facts of a case (or a proposed decision) that the rules decide on. The same fields as the
 * {@code evaluate} command's input. Absent numbers are {@code null}; absent flags are false.
 *
 * @param fine             the fine proposed, yuan
 * @param fineMaximum      the maximum fine the applicable provision allows, yuan
 * @param fineMultiple     the fine as a multiple of the amount involved (e.g. 5 for "5 times")
 * @param workersAffected  workers whose rights the case concerns (涉及劳动者人数)
 * @param partiesAffected  parties the decision concerns (涉及当事人人数)
 * @param amountInvolved   money involved, e.g. unpaid wages or funds defrauded, yuan
 * @param legalRelationCount how many legal relations the case involves (ningxia-2019 附件5 第二条（五）
 *                         二个以上法律关系; tianjin-2019 三（三）2（1） 多个法律关系); null when not given
 * @param complex          the case is complex or difficult (案情复杂、疑难)
 * @param publicInterest   it concerns major public interests (涉及重大公共利益)
 * @param majorRights      it may cause major social influence or affect major rights
 * @param circumstancesConflict the facts or circumstances are disputed or conflicting
 * @param collectiveDiscussion the leaders decided to discuss it collectively (集体讨论)
 * @param criminalReferral the case is transferred for criminal investigation (移送司法机关)
 * @param securityRisk     disclosure may endanger national, public, economic or social security
 * @param affectsInvestigation disclosure may affect an investigation or another case
 * @param finePerWorker    the fine is counted per worker concerned (按涉及劳动者人数罚款, ningxia-2019 附件6);
 *                         stated, never inferred from {@code workersAffected}
 * @param licenceType      the type of licence concerned, where a seed names types (ningxia-2019 附件6)
 * @param problemsFound    an inspection found problems (ningxia-2019 附件1 第十一条（二）)
 * @param matter           the catalogued matter (tianjin-2019 实施方案 附件), e.g. {@code penalty-26}
 * @param disclosures      the disclosure kinds the case involves beyond its result (wuhan-2020 公示 第七条, ...)
 */
public record CaseFacts(
        String id,
        String profile,
        ActionCategory action,
        Procedure procedure,
        Party party,
        BigDecimal fine,
        BigDecimal fineMaximum,
        BigDecimal fineMultiple,
        Integer workersAffected,
        Integer partiesAffected,
        BigDecimal amountInvolved,
        Set<Measure> measures,
        boolean hearing,
        Integer legalRelationCount,
        boolean complex,
        boolean publicInterest,
        boolean majorRights,
        boolean circumstancesConflict,
        boolean collectiveDiscussion,
        boolean criminalReferral,
        Secrets secrets,
        boolean securityRisk,
        boolean affectsInvestigation,
        CaseDates dates,
        boolean finePerWorker,
        LicenceType licenceType,
        boolean problemsFound,
        String matter,
        Set<String> disclosures) {

    public CaseFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        measures = measures == null || measures.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(measures));
        secrets = secrets == null ? Secrets.NONE : secrets;
        dates = dates == null ? CaseDates.NONE : dates;
        disclosures = disclosures == null ? Set.of() : Set.copyOf(disclosures);
        if (legalRelationCount != null && legalRelationCount < 0) {
            throw new IllegalArgumentException("legalRelations: must not be negative");
        }
    }

    /** Two or more legal relations (二个以上 / 多个法律关系). */
    public boolean legalRelations() {
        return legalRelationCount != null && legalRelationCount >= 2;
    }

    /** The party's kind, or null when the party or its kind is not given. */
    public PartyKind partyKind() {
        return party == null ? null : party.kind();
    }

    public Optional<ActionCategory> actionCategory() {
        return Optional.ofNullable(action);
    }

    public Optional<Procedure> procedureKind() {
        return Optional.ofNullable(procedure);
    }

    public Optional<Party> partyInfo() {
        return Optional.ofNullable(party);
    }

    public boolean has(Measure measure) {
        return measures.contains(measure);
    }

    public static Builder builder(String id, String profile) {
        return new Builder(id, profile);
    }

    /** Builds facts step by step, mostly for tests and adapters. */
    public static final class Builder {
        private final String id;
        private final String profile;
        private ActionCategory action;
        private Procedure procedure;
        private Party party;
        private BigDecimal fine;
        private BigDecimal fineMaximum;
        private BigDecimal fineMultiple;
        private Integer workersAffected;
        private Integer partiesAffected;
        private BigDecimal amountInvolved;
        private final Set<Measure> measures = EnumSet.noneOf(Measure.class);
        private boolean hearing;
        private Integer legalRelationCount;
        private boolean complex;
        private boolean publicInterest;
        private boolean majorRights;
        private boolean circumstancesConflict;
        private boolean collectiveDiscussion;
        private boolean criminalReferral;
        private Secrets secrets = Secrets.NONE;
        private boolean securityRisk;
        private boolean affectsInvestigation;
        private CaseDates dates = CaseDates.NONE;
        private boolean finePerWorker;
        private LicenceType licenceType;
        private boolean problemsFound;
        private String matter;
        private final Set<String> disclosures = new java.util.LinkedHashSet<>();

        private Builder(String id, String profile) {
            this.id = id;
            this.profile = profile;
        }

        public Builder action(ActionCategory value) { this.action = value; return this; }
        public Builder procedure(Procedure value) { this.procedure = value; return this; }
        public Builder party(Party value) { this.party = value; return this; }
        public Builder fine(BigDecimal value) { this.fine = value; return this; }
        public Builder fine(long yuan) { return fine(BigDecimal.valueOf(yuan)); }
        public Builder fineMaximum(BigDecimal value) { this.fineMaximum = value; return this; }
        public Builder fineMultiple(BigDecimal value) { this.fineMultiple = value; return this; }
        public Builder workersAffected(Integer value) { this.workersAffected = value; return this; }
        public Builder partiesAffected(Integer value) { this.partiesAffected = value; return this; }
        public Builder amountInvolved(BigDecimal value) { this.amountInvolved = value; return this; }
        public Builder measure(Measure value) { this.measures.add(value); return this; }
        public Builder hearing(boolean value) { this.hearing = value; return this; }
        /** {@code true} reads as two legal relations (the meaning it had before counts), {@code false} as one. */
        public Builder legalRelations(boolean value) { this.legalRelationCount = value ? 2 : 1; return this; }
        public Builder legalRelations(Integer count) { this.legalRelationCount = count; return this; }
        public Builder complex(boolean value) { this.complex = value; return this; }
        public Builder publicInterest(boolean value) { this.publicInterest = value; return this; }
        public Builder majorRights(boolean value) { this.majorRights = value; return this; }
        public Builder circumstancesConflict(boolean value) { this.circumstancesConflict = value; return this; }
        public Builder collectiveDiscussion(boolean value) { this.collectiveDiscussion = value; return this; }
        public Builder criminalReferral(boolean value) { this.criminalReferral = value; return this; }
        public Builder secrets(Secrets value) { this.secrets = value; return this; }
        public Builder securityRisk(boolean value) { this.securityRisk = value; return this; }
        public Builder affectsInvestigation(boolean value) { this.affectsInvestigation = value; return this; }
        public Builder dates(CaseDates value) { this.dates = value; return this; }
        public Builder finePerWorker(boolean value) { this.finePerWorker = value; return this; }
        public Builder licenceType(LicenceType value) { this.licenceType = value; return this; }
        public Builder problemsFound(boolean value) { this.problemsFound = value; return this; }
        public Builder matter(String value) { this.matter = value; return this; }
        public Builder disclosure(String kind) { this.disclosures.add(kind); return this; }

        public CaseFacts build() {
            return new CaseFacts(id, profile, action, procedure, party, fine, fineMaximum, fineMultiple,
                    workersAffected, partiesAffected, amountInvolved, measures, hearing, legalRelationCount,
                    complex, publicInterest, majorRights, circumstancesConflict, collectiveDiscussion,
                    criminalReferral, secrets, securityRisk, affectsInvestigation, dates, finePerWorker,
                    licenceType, problemsFound, matter, disclosures);
        }
    }
}
