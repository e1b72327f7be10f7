package io.github.cameldicom.storage;

import java.util.Optional;

/**
 * A Series Date (0008,0021) as DCMTK 3.6.7 accepts it for {@code dcmrecv +ssd}: the subdirectory
 * {@code data/YYYY/MM/DD/} comes from it, anything it rejects goes to {@code undef/}.
 *
 * <p>The rules, confirmed value by value against a running {@code dcmrecv} 3.6.7 (see {@code SeriesDateTest}):
 * <ul>
 * <li>Only the first value counts: {@code 20200101\20210202} is 2020-01-01, {@code \20200101} is invalid.</li>
 * <li>Trailing spaces are removed, nothing else: neither leading spaces nor trailing NULs.</li>
 * <li>What remains is either 8 ASCII digits {@code YYYYMMDD} or the pre-DICOM (ACR-NEMA) form {@code YYYY.MM.DD}
 * with ASCII digits; signs, blanks, other separators and any other length are invalid.</li>
 * <li>Month 1 to 12 and day 1 to 31, without a calendar check: DCMTK files {@code 20230231} under
 * {@code data/2023/02/31/}, and so do we. Any year goes, {@code 0000} included.</li>
 * </ul>
 * DCMTK also requires the element to be encoded with VR DA; a header carries no VR, so that check is left to
 * whoever fills the header.
 *
 * @param year  4 digits
 * @param month 2 digits, 01 to 12
 * @param day   2 digits, 01 to 31
 */
public record SeriesDate(String year, String month, String day) {

    private static final int DICOM_LENGTH = 8;
    private static final int ACR_NEMA_LENGTH = 10;

    /** The date DCMTK 3.6.7 reads from a raw DA value, or empty if it considers the value invalid. */
    public static Optional<SeriesDate> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String value = firstValueWithoutTrailingSpaces(raw);
        if (value.length() == DICOM_LENGTH && digits(value, 0, 8)) {
            return validated(value.substring(0, 4), value.substring(4, 6), value.substring(6, 8));
        }
        if (value.length() == ACR_NEMA_LENGTH && value.charAt(4) == '.' && value.charAt(7) == '.'
                && digits(value, 0, 4) && digits(value, 5, 7) && digits(value, 8, 10)) {
            return validated(value.substring(0, 4), value.substring(5, 7), value.substring(8, 10));
        }
        return Optional.empty();
    }

    /** {@code data/YYYY/MM/DD/}, as dcmrecv names it. */
    public String subdirectory() {
        return "data/" + year + '/' + month + '/' + day + '/';
    }

    private static String firstValueWithoutTrailingSpaces(String raw) {
        int backslash = raw.indexOf('\\');
        int end = backslash < 0 ? raw.length() : backslash;
        while (end > 0 && raw.charAt(end - 1) == ' ') {
            end--;
        }
        return raw.substring(0, end);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            // not Character.isDigit: DCMTK reads ASCII digits only
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static Optional<SeriesDate> validated(String year, String month, String day) {
        int m = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        if (m < 1 || m > 12 || d < 1 || d > 31) {
            return Optional.empty();
        }
        return Optional.of(new SeriesDate(year, month, day));
    }
}
