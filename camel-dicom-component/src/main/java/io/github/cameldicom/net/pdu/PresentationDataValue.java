package io.github.cameldicom.net.pdu;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * Presentation Data Value Item of a P-DATA-TF: one fragment of a DIMSE command or data set with its Message Control
 * Header. PS3.8 §9.3.5.1, Table 9-23, and Annex E.2.
 *
 * <pre>
 * offset length field
 *      0      4 Item-length: bytes from the next field to the end of the fragment (2 + fragment length)
 *      4      1 Presentation-context-ID: odd, 1-255
 *      5      1 Message Control Header: bit 0 set = command, clear = data set;
 *                                       bit 1 set = last fragment; bits 2-7 sent as 0, not checked (Annex E.2)
 *      6      n fragment
 * </pre>
 *
 * <p>The fragment array is held as given, not copied: PDVs are the bulk of the traffic. Equality and hash code
 * compare its content; {@link #toString()} shows only its length, because fragments carry patient data.
 *
 * @param presentationContextId the context the fragment is sent on
 * @param command               whether the fragment belongs to a command (else to a data set)
 * @param last                  whether this is the last fragment of the command or data set
 * @param fragment              the fragment bytes
 */
public record PresentationDataValue(int presentationContextId, boolean command, boolean last, byte[] fragment) {

    /** Item-length field, Presentation-context-ID and Message Control Header before each fragment. */
    static final int HEADER_LENGTH = 6;

    static final int COMMAND_BIT = 0x01;
    static final int LAST_BIT = 0x02;

    public PresentationDataValue {
        Objects.requireNonNull(fragment, "fragment");
    }

    /** The Message Control Header byte, PS3.8 Annex E.2. */
    public int messageControlHeader() {
        return messageControlHeader(command, last);
    }

    static int messageControlHeader(boolean command, boolean last) {
        return (command ? COMMAND_BIT : 0) | (last ? LAST_BIT : 0);
    }

    int encodedLength() {
        return HEADER_LENGTH + fragment.length;
    }

    void encode(ByteBuffer dst) {
        WireFormat.checkPresentationContextId(presentationContextId);
        dst.putInt(2 + fragment.length)
                .put((byte) presentationContextId)
                .put((byte) messageControlHeader())
                .put(fragment);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PresentationDataValue other
                && presentationContextId == other.presentationContextId
                && command == other.command
                && last == other.last
                && Arrays.equals(fragment, other.fragment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(presentationContextId, command, last) * 31 + Arrays.hashCode(fragment);
    }

    @Override
    public String toString() {
        return "PresentationDataValue[presentationContextId=" + presentationContextId + ", command=" + command
                + ", last=" + last + ", fragmentLength=" + fragment.length + "]";
    }
}
