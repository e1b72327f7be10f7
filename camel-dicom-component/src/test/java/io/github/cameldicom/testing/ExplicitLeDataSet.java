package io.github.cameldicom.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Writes a data set in Explicit VR Little Endian byte by byte, exactly as told (PS3.5 §7.1.2): no padding, sorting or
 * length fixing is done for the caller, so a test can send encodings a toolkit would never produce, legal or not.
 */
public final class ExplicitLeDataSet {

    /** VRs with the 12-byte header: 2 reserved bytes and a 32-bit length, PS3.5 Table 7.1-1. */
    private static final Set<String> LONG_VRS = Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN",
            "UR", "UT", "UV");
    private static final long UNDEFINED = 0xFFFFFFFFL;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** An element with exactly these value bytes. */
    public ExplicitLeDataSet element(int tag, String vr, byte[] value) {
        header(tag, vr, value.length);
        out.writeBytes(value);
        return this;
    }

    /** An element whose value is {@code text} in ASCII, as given: the caller pads it to even length. */
    public ExplicitLeDataSet text(int tag, String vr, String text) {
        return element(tag, vr, text.getBytes(StandardCharsets.US_ASCII));
    }

    /** A UI element, padded with one NUL to even length as PS3.5 §6.2 says. */
    public ExplicitLeDataSet uid(int tag, String uid) {
        return text(tag, "UI", (uid.length() & 1) != 0 ? uid + "\0" : uid);
    }

    /** The least a C-STORE data set holds: SOP Class UID (0008,0016) and SOP Instance UID (0008,0018). */
    public static ExplicitLeDataSet withSopUids(String sopClassUid, String sopInstanceUid) {
        return new ExplicitLeDataSet().uid(0x00080016, sopClassUid).uid(0x00080018, sopInstanceUid);
    }

    /** A header whose length field says {@code length}, with no value after it (for truncated data sets). */
    public ExplicitLeDataSet header(int tag, String vr, long length) {
        tag(tag);
        out.write(vr.charAt(0));
        out.write(vr.charAt(1));
        if (LONG_VRS.contains(vr)) {
            out.write(0);
            out.write(0);
            uint32(length);
        } else {
            out.write((int) (length & 0xFF));
            out.write((int) ((length >> 8) & 0xFF));
        }
        return this;
    }

    /** A sequence of undefined length; close it with {@link #endSequence()}. */
    public ExplicitLeDataSet startSequence(int tag) {
        return header(tag, "SQ", UNDEFINED);
    }

    /** An item of undefined length; close it with {@link #endItem()}. */
    public ExplicitLeDataSet startItem() {
        tag(0xFFFEE000);
        uint32(UNDEFINED);
        return this;
    }

    /** An item of defined length holding {@code content} (e.g. another builder's bytes). */
    public ExplicitLeDataSet item(byte[] content) {
        tag(0xFFFEE000);
        uint32(content.length);
        out.writeBytes(content);
        return this;
    }

    /** Item Delimitation Item (FFFE,E00D). */
    public ExplicitLeDataSet endItem() {
        tag(0xFFFEE00D);
        uint32(0);
        return this;
    }

    /** Sequence Delimitation Item (FFFE,E0DD). */
    public ExplicitLeDataSet endSequence() {
        tag(0xFFFEE0DD);
        uint32(0);
        return this;
    }

    /** Raw bytes, for whatever the methods above cannot say. */
    public ExplicitLeDataSet raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    public byte[] bytes() {
        return out.toByteArray();
    }

    private void tag(int tag) {
        int group = tag >>> 16;
        int element = tag & 0xFFFF;
        out.write(group & 0xFF);
        out.write(group >> 8);
        out.write(element & 0xFF);
        out.write(element >> 8);
    }

    private void uint32(long value) {
        out.write((int) (value & 0xFF));
        out.write((int) ((value >> 8) & 0xFF));
        out.write((int) ((value >> 16) & 0xFF));
        out.write((int) ((value >> 24) & 0xFF));
    }
}
