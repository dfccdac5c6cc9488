package org.sanxiang.rules.disclosure;

import java.time.LocalDate;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.CaseDates;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.facts.Party;

/** Small factories for test cases. */
final class Cases {

    private Cases() {
    }

    static CaseFacts.Builder of(String profile, ActionCategory action) {
        return CaseFacts.builder("t-1", profile).action(action).party(Party.organisation());
    }

    static CaseDates decided(LocalDate day) {
        return dates().decided(day).build();
    }

    static DatesBuilder dates() {
        return new DatesBuilder();
    }

    /** CaseDates by name, for readable tests. */
    static final class DatesBuilder {
        private LocalDate investigationEnded, reviewReceived, decided, inspectionEnded, revoked, errorFound,
                correctionRequested, closed, infoChanged;

        DatesBuilder decided(LocalDate d) { decided = d; return this; }
        DatesBuilder inspectionEnded(LocalDate d) { inspectionEnded = d; return this; }
        DatesBuilder revoked(LocalDate d) { revoked = d; return this; }
        DatesBuilder errorFound(LocalDate d) { errorFound = d; return this; }
        DatesBuilder correctionRequested(LocalDate d) { correctionRequested = d; return this; }
        DatesBuilder closed(LocalDate d) { closed = d; return this; }
        DatesBuilder infoChanged(LocalDate d) { infoChanged = d; return this; }

        CaseDates build() {
            return new CaseDates(investigationEnded, reviewReceived, decided, inspectionEnded, revoked, errorFound,
                    correctionRequested, closed, infoChanged);
        }
    }
}
