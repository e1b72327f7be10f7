package io.github.cameldicom.net.pdu;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * P-DATA-TF PDU (type 04H): one or more Presentation Data Value items. PS3.8 §9.3.5, Table 9-22.
 *
 * <pre>
 * offset length field
 *      0      1 PDU-type 04H
 *      1      1 reserved
 *      2      4 PDU-length
 *      6      n one or more Presentation Data Value items, see {@link PresentationDataValue}
 * </pre>
 *
 * <p>Decoding rejects, as invalid PDU parameter values: a PDU with no PDV, a PDV item-length below 2 (it must cover
 * the context id and the control header) or past the end of the PDU, and a presentation context id that is even
 * or 0. The rule that fragments have an even length (PS3.8 Annex E.1) is left to message reassembly.
 *
 * @param values the PDVs, at least one
 */
public record PDataTf(List<PresentationDataValue> values) implements Pdu {

    public PDataTf {
        values = List.copyOf(values);
    }

    @Override
    public int pduType() {
        return PduType.P_DATA_TF;
    }

    /** Checks every PDV header before it copies any fragment. */
    static PDataTf decode(PduReader r) throws PduException {
        int start = r.position();
        int count = 0;
        while (r.hasRemaining()) {
            PduReader item = r.item(r.u32("Item-length"), "Presentation-data-value item");
            if (item.remaining() < 2) {
                throw r.invalid("Presentation-data-value item-length " + item.remaining() + " is below 2");
            }
            int id = item.u8("Presentation-context-ID");
            if (!WireFormat.isPresentationContextId(id)) {
                throw r.invalid("Presentation-context-ID " + id + " is not an odd integer 1-255");
            }
            count++;
        }
        if (count == 0) {
            throw r.invalid("P-DATA-TF has no Presentation-data-value item");
        }
        byte[] buffer = r.buffer();
        List<PresentationDataValue> values = new ArrayList<>(count);
        int position = start;
        for (int i = 0; i < count; i++) {
            int length = (buffer[position] & 0xFF) << 24 | (buffer[position + 1] & 0xFF) << 16
                    | (buffer[position + 2] & 0xFF) << 8 | buffer[position + 3] & 0xFF;
            int header = buffer[position + 5] & 0xFF;
            int fragment = position + PresentationDataValue.HEADER_LENGTH;
            values.add(new PresentationDataValue(buffer[position + 4] & 0xFF,
                    (header & PresentationDataValue.COMMAND_BIT) != 0, (header & PresentationDataValue.LAST_BIT) != 0,
                    Arrays.copyOfRange(buffer, fragment, fragment + length - 2)));
            position += 4 + length;
        }
        return new PDataTf(values);
    }

    long bodyLength() {
        long length = 0;
        for (PresentationDataValue value : values) {
            length += value.encodedLength();
        }
        return length;
    }

    void encodeBody(ByteBuffer dst) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("P-DATA-TF needs at least one Presentation-data-value item");
        }
        for (PresentationDataValue value : values) {
            value.encode(dst);
        }
    }
}
