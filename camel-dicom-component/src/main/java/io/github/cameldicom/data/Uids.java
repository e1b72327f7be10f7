package io.github.cameldicom.data;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * Unique Identifiers (PS3.5 §9): generation under the {@code 2.25} root and syntax checks.
 */
public final class Uids {

    /**
     * This implementation's Implementation Class UID (PS3.7 Annex D.3.3.2), a UUID-derived UID (PS3.5 §B.2) fixed
     * once for the project.
     */
    public static final String IMPLEMENTATION_CLASS_UID = "2.25.18665727104160697326409402722752929811";

    /** This implementation's Implementation Version Name (PS3.7 Annex D.3.3.2), at most 16 characters. */
    public static final String IMPLEMENTATION_VERSION_NAME = "CAMELDICOM_010";

    /** Maximum length of a UID (PS3.5 §9.1). */
    public static final int MAX_LENGTH = 64;

    private static final String UUID_ROOT = "2.25.";

    private Uids() {
    }

    /**
     * A new UID: {@code 2.25.} followed by the decimal value of a random (version 4) UUID read as an unsigned 128-bit
     * integer (PS3.5 §B.2); at most 44 characters.
     */
    public static String generate() {
        UUID uuid = UUID.randomUUID();
        byte[] bytes = ByteBuffer.allocate(16)
                .putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits())
                .array();
        return UUID_ROOT + new BigInteger(1, bytes);
    }

    /**
     * Whether the string is a well-formed UID (PS3.5 §9.1): non-empty, at most 64 characters, components of digits
     * separated by single periods, no component with a leading zero unless it is the single digit 0.
     */
    public static boolean isValid(String uid) {
        return isWellFormed(uid, false);
    }

    /**
     * Whether the string is a well-formed UID but for leading zeros in its components ({@code 1.2.040.01}), which
     * PS3.5 §9.1 forbids but which older systems wrote and archives still hold. Such a value is as harmless as a
     * valid UID wherever it is used as text: digits and single periods only, at most 64 characters, so never a
     * path separator, {@code .} or {@code ..} segment, control character or over-long name.
     */
    public static boolean isValidAllowingLeadingZeros(String uid) {
        return isWellFormed(uid, true);
    }

    private static boolean isWellFormed(String uid, boolean leadingZeros) {
        if (uid == null || uid.isEmpty() || uid.length() > MAX_LENGTH) {
            return false;
        }
        int componentStart = 0;
        for (int i = 0; i <= uid.length(); i++) {
            char c = i < uid.length() ? uid.charAt(i) : '.';
            if (c == '.') {
                int componentLength = i - componentStart;
                if (componentLength == 0
                    || !leadingZeros && componentLength > 1 && uid.charAt(componentStart) == '0') {
                    return false;
                }
                componentStart = i + 1;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
