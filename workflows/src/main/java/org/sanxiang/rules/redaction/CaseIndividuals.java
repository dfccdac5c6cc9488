package org.sanxiang.rules.redaction;

import java.util.List;
import java.util.Objects;

/**
 * The individuals known to a case whose names and home addresses are hidden wherever they occur
 * exactly (Wuhan 公示 第九条). Organisations are not listed here: their names are published.
 *
 * @param names     names of individuals (at least 2 characters each: a single character would
 *                  hide that character everywhere)
 * @param addresses their home addresses, as written in the case file
 */
public record CaseIndividuals(List<String> names, List<String> addresses) {

    public static final CaseIndividuals NONE = new CaseIndividuals(List.of(), List.of());

    public CaseIndividuals {
        names = List.copyOf(Objects.requireNonNull(names, "names"));
        addresses = List.copyOf(Objects.requireNonNull(addresses, "addresses"));
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (name.codePointCount(0, name.length()) < 2) {
                throw new IllegalArgumentException("names[" + i + "] must have at least 2 characters, was \""
                        + names.get(i) + "\"");
            }
        }
        for (int i = 0; i < addresses.size(); i++) {
            if (addresses.get(i).strip().length() < 4) {
                throw new IllegalArgumentException("addresses[" + i + "] must have at least 4 characters");
            }
        }
    }
}
