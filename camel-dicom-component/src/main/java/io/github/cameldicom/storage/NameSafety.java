package io.github.cameldicom.storage;

import io.github.cameldicom.data.LogText;
import io.github.cameldicom.data.Uids;

/**
 * The checks that keep every computed name inside the output directory, whatever the headers say. Values that
 * could escape or confuse a file system are rejected, never repaired: repairing ("sanitising") could give two
 * different instances the same name and silently overwrite one with the other, while a rejection fails the exchange
 * and the sender learns that the instance was not stored.
 *
 * <ul>
 * <li>SOP Instance UID: trailing padding (NULs, spaces) is dropped, then it must be a well-formed UID (PS3.5 §9.1):
 * digits and single periods, at most 64 characters. So no {@code /}, {@code \}, {@code ..}, NUL or control
 * character, and no over-long name.</li>
 * <li>Modality prefix header: 1 to 16 ASCII letters, digits, {@code _} or {@code -}; every DCMTK prefix is of this
 * form.</li>
 * <li>Extension (configuration, not a header): at most 64 printable ASCII characters without blanks and without
 * {@code / \ : * ? " < > |}.</li>
 * <li>The assembled path, again: segments neither empty nor {@code .} or {@code ..}, each at most 255 characters,
 * made of the characters above.</li>
 * </ul>
 * The Series Date and the SOP Class UID never reach a name as text: a date is used only when it consists of digits,
 * and a SOP class only selects a prefix from DCMTK's table.
 */
final class NameSafety {

    static final int MAX_PREFIX_LENGTH = 16;
    static final int MAX_EXTENSION_LENGTH = 64;
    /** The common limit of a file name on Linux, Windows and macOS file systems. */
    static final int MAX_SEGMENT_LENGTH = 255;
    private static final String FORBIDDEN = "/\\:*?\"<>|";

    private NameSafety() {
    }

    /** The SOP Instance UID without trailing padding, if it is a well-formed UID. */
    static String requireSopInstanceUid(String value) {
        if (value == null) {
            throw new DicomFileNameException("no SOP Instance UID: the file name scheme needs one");
        }
        int end = value.length();
        while (end > 0 && (value.charAt(end - 1) == '\0' || value.charAt(end - 1) == ' ')) {
            end--;
        }
        String uid = value.substring(0, end);
        if (!Uids.isValid(uid)) {
            throw new DicomFileNameException("SOP Instance UID " + show(value)
                    + " is not a well-formed UID (PS3.5 §9.1) and cannot name a file");
        }
        return uid;
    }

    /** The modality prefix, if it is 1 to 16 ASCII letters, digits, underscores or hyphens. */
    static String requirePrefix(String value) {
        boolean ok = !value.isEmpty() && value.length() <= MAX_PREFIX_LENGTH;
        for (int i = 0; ok && i < value.length(); i++) {
            char c = value.charAt(i);
            ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
        }
        if (!ok) {
            throw new DicomFileNameException("modality prefix " + show(value) + " cannot be part of a file name: "
                    + "1 to " + MAX_PREFIX_LENGTH + " letters, digits, '_' or '-' expected");
        }
        return value;
    }

    /** The extension, if it cannot separate or escape path segments; empty stays empty. */
    static String requireExtension(String value) {
        if (value == null) {
            return "";
        }
        if (value.length() > MAX_EXTENSION_LENGTH || !safeCharacters(value)) {
            throw new IllegalArgumentException("file name extension " + show(value) + " not allowed: at most "
                    + MAX_EXTENSION_LENGTH + " printable ASCII characters without blanks and without " + FORBIDDEN);
        }
        return value;
    }

    /** The relative path, if each {@code /}-separated segment is a plain, safe file or directory name. */
    static String requireSafeRelativePath(String path) {
        String[] segments = path.split("/", -1);
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")
                    || segment.length() > MAX_SEGMENT_LENGTH || !safeCharacters(segment)) {
                throw new DicomFileNameException("refusing unsafe relative path " + show(path));
            }
        }
        return path;
    }

    private static boolean safeCharacters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 0x7F || FORBIDDEN.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The value quoted for a message, rendered by {@link LogText} (unprintable characters escaped, long values cut), so
     * that a hostile header cannot forge log lines.
     */
    static String show(String value) {
        return "\"" + LogText.of(value) + "\"";
    }
}
