package org.sanxiang.rules.disclosure;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import org.sanxiang.rules.Citation;

/** One exclusion that applies to a case, with its effect and the article that sets it. */
public record Exclusion(ExclusionReason reason, Effect effect, Citation citation) {

    public enum Effect {
        /** 不予公开 / 不得公开: the information is not disclosed. */
        WITHHOLD("withhold"),
        /** 作适当处理后公开 (Tianjin): disclosed after the sensitive part is treated. */
        DISCLOSE_AFTER_TREATMENT("disclose-after-treatment");

        private final String code;

        Effect(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Effect fromCode(String code) {
            for (Effect effect : values()) {
                if (effect.code.equals(code)) {
                    return effect;
                }
            }
            throw new IllegalArgumentException("effect: '" + code + "' is not one of "
                    + Arrays.stream(values()).map(Effect::code).collect(Collectors.joining("|")));
        }
    }

    public Exclusion {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(citation, "citation");
    }

    public boolean withholds() {
        return effect == Effect.WITHHOLD;
    }
}
