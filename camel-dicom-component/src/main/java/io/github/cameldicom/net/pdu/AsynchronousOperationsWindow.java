package io.github.cameldicom.net.pdu;

import java.nio.ByteBuffer;

/**
 * Asynchronous Operations Window Sub-Item (53H). PS3.7 Annex D.3.3.3, Table D.3-7 (RQ) and Table D.3-8 (AC).
 *
 * <pre>
 * offset length field
 *      0      1 Item-type 53H
 *      1      1 reserved
 *      2      2 Item-length (4)
 *      4      2 Maximum-number-operations-invoked: unsigned, 0 = unlimited
 *      6      2 Maximum-number-operations-performed: unsigned, 0 = unlimited
 * </pre>
 *
 * @param maxOperationsInvoked   0 to 65535
 * @param maxOperationsPerformed 0 to 65535
 */
public record AsynchronousOperationsWindow(int maxOperationsInvoked, int maxOperationsPerformed)
        implements UserInformationSubItem {

    static final int VALUE_LENGTH = 4;

    public AsynchronousOperationsWindow {
        WireFormat.checkUnsigned16("Maximum-number-operations-invoked", maxOperationsInvoked);
        WireFormat.checkUnsigned16("Maximum-number-operations-performed", maxOperationsPerformed);
    }

    @Override
    public int itemType() {
        return ItemType.ASYNCHRONOUS_OPERATIONS_WINDOW;
    }

    @Override
    public int itemLength() {
        return VALUE_LENGTH;
    }

    @Override
    public void encode(ByteBuffer dst) {
        WireFormat.putItemHeader(dst, itemType(), VALUE_LENGTH);
        dst.putShort((short) maxOperationsInvoked).putShort((short) maxOperationsPerformed);
    }

    static AsynchronousOperationsWindow decode(PduReader value) throws PduException {
        int invoked = value.u16("Maximum-number-operations-invoked");
        int performed = value.u16("Maximum-number-operations-performed");
        value.requireEnd("Asynchronous Operations Window Sub-Item");
        return new AsynchronousOperationsWindow(invoked, performed);
    }
}
