package org.sanxiang.rules.redaction;

/**
 * Check digits and structure of the numbers the redactor meets. Each method reads
 * {@code length} chars of {@code s} from {@code from}, already folded to ASCII.
 */
final class IdentityChecks {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] ID_CHECK = "10X98765432".toCharArray();

    /** GB 32100-2015 code set: digits and upper-case letters without I, O, S, V, Z. */
    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private IdentityChecks() {
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits of an 18-digit ID (GB 11643). */
    static char idCheckChar(CharSequence s, int from) {
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (s.charAt(from + k) - '0') * ID_WEIGHTS[k];
        }
        return ID_CHECK[sum % 11];
    }

    static boolean idCheckValid(CharSequence s, int from) {
        return Character.toUpperCase(s.charAt(from + 17)) == idCheckChar(s, from);
    }

    /**
     * An 18-digit ID's structure: a region code starting 1–8, and a real birth date
     * (yyyyMMdd, 1900 onward) at positions 7–14.
     */
    static boolean idStructure18(CharSequence s, int from) {
        char region = s.charAt(from);
        if (region < '1' || region > '8') {
            return false;
        }
        int year = number(s, from + 6, 4);
        return year >= 1900 && year <= 2099 && isDate(year, number(s, from + 10, 2), number(s, from + 12, 2));
    }

    /** A legacy 15-digit ID: region code starting 1–8, birth date yyMMdd (19yy) at positions 7–12. */
    static boolean idStructure15(CharSequence s, int from) {
        char region = s.charAt(from);
        return region >= '1' && region <= '8'
                && isDate(1900 + number(s, from + 6, 2), number(s, from + 8, 2), number(s, from + 10, 2));
    }

    private static boolean isDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        int days = switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return day <= days;
    }

    private static int number(CharSequence s, int from, int digits) {
        int value = 0;
        for (int k = 0; k < digits; k++) {
            value = value * 10 + (s.charAt(from + k) - '0');
        }
        return value;
    }

    /** Luhn (ISO/IEC 7812) over the digits of {@code s[from, to)}, ignoring separators. */
    static boolean luhnValid(CharSequence s, int from, int to) {
        int sum = 0;
        boolean doubled = false;
        int digits = 0;
        for (int k = to - 1; k >= from; k--) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                continue;
            }
            int d = c - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
            digits++;
        }
        return digits > 0 && sum % 10 == 0;
    }

    static int digitCount(CharSequence s, int from, int to) {
        int digits = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        return digits;
    }

    /**
     * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 chars of its code set, the
     * last being the MOD 31 check character of the first 17.
     */
    static boolean usccValid(CharSequence s, int from) {
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            int value = USCC_CHARS.indexOf(s.charAt(from + k));
            if (value < 0) {
                return false;
            }
            sum += value * USCC_WEIGHTS[k];
        }
        int check = (31 - sum % 31) % 31;
        return s.charAt(from + 17) == USCC_CHARS.charAt(check);
    }
}
