package io.github.cameldicom.data;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Byte fixtures written as text: hex pairs separated by spaces, and ASCII runs in single quotes for the characters
 * of VRs and string values, e.g. {@code "08 00 16 00 'UI' 1A 00 '1.2.840.10008.5.1.4.1.1.7' 00"}.
 */
final class Hex {

    private Hex() {
    }

    static byte[] parse(String... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String part : parts) {
            int i = 0;
            while (i < part.length()) {
                char c = part.charAt(i);
                if (c == ' ') {
                    i++;
                } else if (c == '\'') {
                    int end = part.indexOf('\'', i + 1);
                    if (end < 0) {
                        throw new IllegalArgumentException("unterminated quote in " + part);
                    }
                    out.writeBytes(part.substring(i + 1, end).getBytes(StandardCharsets.US_ASCII));
                    i = end + 1;
                } else {
                    out.write(Integer.parseInt(part.substring(i, i + 2), 16));
                    i += 2;
                }
            }
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... arrays) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] array : arrays) {
            out.writeBytes(array);
        }
        return out.toByteArray();
    }
}
