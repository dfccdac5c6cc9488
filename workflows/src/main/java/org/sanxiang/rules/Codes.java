package org.sanxiang.rules;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Looks up an enum constant by its external code, with an error naming the field. */
public final class Codes {

    private Codes() {
    }

    public static <E> E fromCode(E[] values, String code, Function<E, String> codeOf, String field) {
        for (E value : values) {
            if (codeOf.apply(value).equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException(field + ": '" + code + "' is not one of "
                + Arrays.stream(values).map(codeOf).collect(Collectors.joining("|")));
    }
}
