package org.sanxiang.rules.facts;

/** The party (当事人) as far as the rules need it. */
public record Party(PartyKind kind, boolean minor, boolean foreignInvested) {

    public static Party individual() {
        return new Party(PartyKind.INDIVIDUAL, false, false);
    }

    public static Party organisation() {
        return new Party(PartyKind.ORGANISATION, false, false);
    }
}
