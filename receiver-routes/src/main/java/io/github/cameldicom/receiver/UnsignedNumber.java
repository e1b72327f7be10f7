package io.github.cameldicom.receiver;

import java.util.OptionalLong;

/**
 * Reads integers as dcmrecv does, with C's {@code sscanf("%lu")}: leading white space and a sign are allowed,
 * reading stops at the first non-digit ({@code 16384abc} is 16384, {@code 0x1000} is 0), a value too large becomes
 * the largest unsigned 64-bit number, and a minus sign wraps around ({@code -1} is that largest number too).
 * Option values are stricter than the port: one starting with a minus sign (after spaces) is refused outright.
 *
 * <p>Values are unsigned 64-bit numbers held in a {@code long}; compare them with {@link Long#compareUnsigned}.
 */
final class UnsignedNumber {

    /** The largest unsigned 64-bit number, for ranges without an upper bound. */
    static final long UNBOUNDED = -1L;

    private UnsignedNumber() {
    }

    /** The number at the start of the text, or empty when there is none. */
    static OptionalLong scan(String text) {
        int i = 0;
        while (i < text.length() && isCSpace(text.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        int firstDigit = i;
        long value = 0;
        boolean overflow = false;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            int digit = text.charAt(i) - '0';
            if (Long.compareUnsigned(value, Long.divideUnsigned(UNBOUNDED - digit, 10)) > 0) {
                overflow = true;
            }
            value = value * 10 + digit;
            i++;
        }
        if (i == firstDigit) {
            return OptionalLong.empty();
        }
        if (overflow) {
            return OptionalLong.of(UNBOUNDED);
        }
        return OptionalLong.of(negative ? -value : value);
    }

    /** The value of a numeric option, checked against an inclusive range as dcmrecv checks it. */
    static long optionValue(Option option, String text, long min, long max) throws CommandLineException {
        OptionalLong value = scan(text);
        String invalid = "Invalid value for option " + option.longName();
        if (value.isEmpty() || startsWithMinus(text)) {
            throw new CommandLineException(invalid + quoted("", text));
        }
        if (Long.compareUnsigned(value.getAsLong(), min) < 0) {
            throw new CommandLineException(invalid + quoted("underflow: ", text));
        }
        if (Long.compareUnsigned(value.getAsLong(), max) > 0) {
            throw new CommandLineException(invalid + quoted("overflow: ", text));
        }
        return value.getAsLong();
    }

    /** The value of a numeric parameter, checked against an inclusive range as dcmrecv checks it. */
    static long parameterValue(String text, long min, long max) throws CommandLineException {
        OptionalLong value = scan(text);
        if (value.isEmpty()) {
            throw new CommandLineException("Invalid parameter value " + text);
        }
        if (Long.compareUnsigned(value.getAsLong(), min) < 0) {
            throw new CommandLineException("Invalid parameter value " + text + " (underflow)");
        }
        if (Long.compareUnsigned(value.getAsLong(), max) > 0) {
            throw new CommandLineException("Invalid parameter value " + text + " (overflow)");
        }
        return value.getAsLong();
    }

    /** DCMTK skips only spaces here, not other white space, before looking for the sign. */
    private static boolean startsWithMinus(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && text.charAt(i) == '-';
    }

    /** DCMTK leaves out the value in parentheses when it is empty. */
    private static String quoted(String prefix, String text) {
        return text.isEmpty() ? "" : " (" + prefix + text + ")";
    }

    /** C's {@code isspace} in the C locale. */
    private static boolean isCSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
