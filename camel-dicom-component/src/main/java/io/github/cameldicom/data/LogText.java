package io.github.cameldicom.data;

/**
 * Renders a value received from a peer (a UID, AE title, code string, …) for a log line: printable and bounded, so
 * that no received value can forge log lines (CR, LF), cut them (NUL), hide itself (other control characters,
 * non-ASCII look-alikes) or flood the log (a data set value may be up to 1024 characters here).
 *
 * <p>Printable ASCII stays as it is, so a valid UID reads unchanged. A backslash becomes {@code \\}, every other
 * character outside 20H–7EH {@code \xNN} (or backslash, {@code u} and four hex digits above FFH), which keeps the
 * rendering unambiguous. At most {@value #MAX_SHOWN} characters of the value are shown, the longest a UID may be
 * (PS3.5 §9.1); a longer one is cut and followed by {@code ...} and its length.
 */
public final class LogText {

    /** Characters of a value shown before it is cut. */
    public static final int MAX_SHOWN = Uids.MAX_LENGTH;

    private LogText() {
    }

    /** The value as a log line may show it; {@code (none)} for null. */
    public static String of(String value) {
        return of(value, MAX_SHOWN);
    }

    /**
     * The value as a log line may show it, cut after {@code maxShown} characters: for values longer than a UID may be,
     * such as the subject of a peer's certificate.
     */
    public static String of(String value, int maxShown) {
        if (value == null) {
            return "(none)";
        }
        int shown = Math.min(value.length(), maxShown);
        StringBuilder sb = new StringBuilder(shown + 24);
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                sb.append("\\\\");
            } else if (c >= 0x20 && c < 0x7F) {
                sb.append(c);
            } else if (c <= 0xFF) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        if (value.length() > shown) {
            sb.append("...(").append(value.length()).append(" characters)");
        }
        return sb.toString();
    }
}
