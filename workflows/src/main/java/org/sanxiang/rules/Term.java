package org.sanxiang.rules;

import java.util.Objects;

/**
 * A term of the rules: the code that data files, JSON and the content model's constraints use, and its label in
 * the users' language ({@code zh_CN}) and in English.
 */
public record Term(String code, String zhCN, String en) {

    public Term {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(zhCN, "zhCN");
        Objects.requireNonNull(en, "en");
    }

    /** The English label for {@code en}, the Chinese one for any other language. */
    public String label(String language) {
        return "en".equals(language) ? en : zhCN;
    }
}
