package org.sanxiang.rules.review;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.sanxiang.rules.facts.CaseFacts;

/** The yes/no case facts a criterion can require, by the names used in profile files. */
enum Fact {
    HEARING("hearing", CaseFacts::hearing),
    LEGAL_RELATIONS("legalRelations", CaseFacts::legalRelations),
    COMPLEX("complex", CaseFacts::complex),
    PUBLIC_INTEREST("publicInterest", CaseFacts::publicInterest),
    MAJOR_RIGHTS("majorRights", CaseFacts::majorRights),
    CIRCUMSTANCES_CONFLICT("circumstancesConflict", CaseFacts::circumstancesConflict),
    COLLECTIVE_DISCUSSION("collectiveDiscussion", CaseFacts::collectiveDiscussion),
    CRIMINAL_REFERRAL("criminalReferral", CaseFacts::criminalReferral),
    FINE_PER_WORKER("finePerWorker", CaseFacts::finePerWorker),
    PROBLEMS_FOUND("problemsFound", CaseFacts::problemsFound),
    FOREIGN_INVESTED("foreignInvested", f -> f.party() != null && f.party().foreignInvested()),
    MINOR("minor", f -> f.party() != null && f.party().minor());

    private final String code;
    private final Predicate<CaseFacts> test;

    Fact(String code, Predicate<CaseFacts> test) {
        this.code = code;
        this.test = test;
    }

    boolean holds(CaseFacts facts) {
        return test.test(facts);
    }

    static Fact fromCode(String code) {
        for (Fact fact : values()) {
            if (fact.code.equals(code)) {
                return fact;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not one of "
                + Arrays.stream(values()).map(f -> f.code).collect(Collectors.joining("|")));
    }
}
