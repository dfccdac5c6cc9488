package org.sanxiang.rules.redaction;

import java.util.List;
import java.util.Objects;

/**
 * The individuals known to a case whose names and home addresses are hidden wherever they occur
 * exactly (Wuhan 公示 第九条). Organisations are not listed here: their names are published.
 *
 * @param names        names of individuals: the party, relatives named in the file (at least 2
 *                     characters each: a single character would hide that character everywhere)
 * @param addresses    their home addresses, as written in the case file
 * @param thirdParties names of whistleblowers, complainants, witnesses and other third parties, hidden
 *                     whole, surname too (chongqing-2024 全过程记录 第十五条; wuhan-2020 全过程记录 第二十九条)
 */
public record CaseIndividuals(List<String> names, List<String> addresses, List<String> thirdParties) {

    public static final CaseIndividuals NONE = new CaseIndividuals(List.of(), List.of(), List.of());

    public CaseIndividuals {
        names = List.copyOf(Objects.requireNonNull(names, "names"));
        addresses = List.copyOf(Objects.requireNonNull(addresses, "addresses"));
        thirdParties = List.copyOf(Objects.requireNonNull(thirdParties, "thirdParties"));
        requireNames("names", names);
        requireNames("thirdParties", thirdParties);
        for (int i = 0; i < addresses.size(); i++) {
            if (addresses.get(i).strip().length() < 4) {
                throw new IllegalArgumentException("addresses[" + i + "] must have at least 4 characters");
            }
        }
    }

    /** Parties and their addresses, no third parties. */
    public CaseIndividuals(List<String> names, List<String> addresses) {
        this(names, addresses, List.of());
    }

    /** Whether a name can be hidden by itself: 2 characters or more (a single one would hide that character everywhere). */
    public static boolean usableName(String name) {
        String s = name == null ? "" : name.strip();
        return s.codePointCount(0, s.length()) >= 2;
    }

    /** Whether an address can be searched for: 4 characters or more. */
    public static boolean usableAddress(String address) {
        return address != null && address.strip().length() >= 4;
    }

    private static void requireNames(String field, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (!usableName(names.get(i))) {
                throw new IllegalArgumentException(field + "[" + i + "] must have at least 2 characters, was \""
                        + names.get(i) + "\"");
            }
        }
    }
}
