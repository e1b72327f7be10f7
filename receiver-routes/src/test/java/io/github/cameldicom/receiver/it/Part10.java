package io.github.cameldicom.receiver.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

/** The bytes of a Part 10 file's data set: what follows the preamble, {@code DICM} and group 0002 (PS3.10 §7.1). */
final class Part10 {

    /** VRs with a 2-byte reserved field and a 4-byte length in explicit VR (PS3.5 §7.1.2, Table 7.1-1). */
    private static final Set<String> LONG_VRS = Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN",
            "UR", "UT", "UV");

    private Part10() {
    }

    /** The data set bytes exactly as they are in the file (small test files: read whole). */
    static byte[] dataSet(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length < 132 || bytes[128] != 'D' || bytes[129] != 'I' || bytes[130] != 'C' || bytes[131] != 'M') {
            throw new AssertionError(file + " is not a Part 10 file");
        }
        // group 0002 is always Explicit VR Little Endian
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int offset = 132;
        while (offset + 8 <= bytes.length && b.getShort(offset) == 0x0002) {
            String vr = new String(bytes, offset + 4, 2, StandardCharsets.US_ASCII);
            offset += LONG_VRS.contains(vr) ? 12 + b.getInt(offset + 8)
                    : 8 + Short.toUnsignedInt(b.getShort(offset + 6));
        }
        return Arrays.copyOfRange(bytes, offset, bytes.length);
    }
}
