package io.github.cameldicom.data;

/**
 * Value Representations of PS3.5 §6.2, Table 6.2-1.
 */
public enum VR {
    AE, AS, AT, CS, DA, DS, DT, FD, FL, IS, LO, LT, OB, OD, OF, OL, OV, OW, PN, SH, SL, SQ, SS, ST, SV, TM, UC, UI, UL,
    UN, UR, US, UT, UV;

    private static final VR[] BY_LETTERS = new VR[26 * 26];

    static {
        for (VR vr : values()) {
            BY_LETTERS[index(vr.code)] = vr;
        }
    }

    private final int code = (name().charAt(0) << 8) | name().charAt(1);

    /** The two ASCII characters of the VR as they appear on the wire, as a big-endian 16-bit value. */
    public int code() {
        return code;
    }

    /** The VR with the given two-character code, or {@code null} if the standard defines none. */
    public static VR of(int code) {
        int index = index(code);
        return index < 0 ? null : BY_LETTERS[index];
    }

    /**
     * Whether an Explicit VR header for this VR has two reserved bytes and a 32-bit length (12 bytes in all) rather
     * than a 16-bit length (8 bytes in all); PS3.5 §7.1.2, Table 7.1-1 and Table 7.1-2.
     */
    public boolean hasLongExplicitLength() {
        switch (this) {
            case OB: case OD: case OF: case OL: case OV: case OW: case SQ: case SV: case UC: case UN: case UR: case UT:
            case UV:
                return true;
            default:
                return false;
        }
    }

    /**
     * The byte that pads a value of this VR to even length: a space for character strings, NUL for UI and binary
     * values (PS3.5 §6.2, Table 6.2-1).
     */
    public byte paddingByte() {
        switch (this) {
            case AE: case AS: case CS: case DA: case DS: case DT: case IS: case LO: case LT: case PN: case SH: case ST:
            case TM: case UC: case UR: case UT:
                return ' ';
            default:
                return 0;
        }
    }

    private static int index(int code) {
        int first = (code >>> 8) - 'A';
        int second = (code & 0xFF) - 'A';
        if ((code & ~0xFFFF) != 0 || first < 0 || first >= 26 || second < 0 || second >= 26) {
            return -1;
        }
        return first * 26 + second;
    }
}
