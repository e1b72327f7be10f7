package io.github.cameldicom.net;

import io.github.cameldicom.testing.CamelReceiver;
import io.github.cameldicom.testing.RawScu;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A-ASSOCIATE-RQ PDUs written byte by byte, for what the encoder refuses to write: AE titles that are not ISO 646 G0
 * text, no presentation context, duplicate or even presentation context ids. Layout: PS3.8 §9.3.2, Table 9-11
 * (fixed part), Table 9-12 (Application Context Item), Table 9-13 (Presentation Context Item), Table 9-16 and
 * Annex D.1 (User Information Item with its Maximum Length Sub-Item).
 */
final class AssociateRqBytes {

    private AssociateRqBytes() {
    }

    /** Sixteen AE title bytes: {@code raw} padded with spaces, as the wire carries them. */
    static byte[] aeTitle(byte[] raw) {
        byte[] field = new byte[16];
        Arrays.fill(field, (byte) ' ');
        System.arraycopy(raw, 0, field, 0, raw.length);
        return field;
    }

    static byte[] aeTitle(String text) {
        return aeTitle(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** An A-ASSOCIATE-RQ to the receiver from "HOSTILE" with these presentation context items. */
    static byte[] rq(List<byte[]> presentationContexts) {
        return rq(aeTitle(CamelReceiver.AE_TITLE), aeTitle("HOSTILE"), presentationContexts);
    }

    /** An A-ASSOCIATE-RQ with these AE title fields and one CT presentation context. */
    static byte[] rq(byte[] called, byte[] calling) {
        return rq(called, calling, List.of(ctContext(1)));
    }

    static byte[] rq(byte[] called, byte[] calling, List<byte[]> presentationContexts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(new byte[] {0, 1, 0, 0}); // protocol version 1, reserved
        body.writeBytes(called);
        body.writeBytes(calling);
        body.writeBytes(new byte[32]);
        body.writeBytes(item(0x10, ascii(RawScu.DICOM_APPLICATION_CONTEXT)));
        presentationContexts.forEach(body::writeBytes);
        // User Information Item holding only a Maximum Length Sub-Item of 16384.
        body.writeBytes(item(0x50, item(0x51, new byte[] {0, 0, 0x40, 0})));
        return pdu(0x01, body.toByteArray());
    }

    /** A Presentation Context Item proposing CT Image Storage in Explicit VR Little Endian; {@code id} as given. */
    static byte[] ctContext(int id) {
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        value.writeBytes(new byte[] {(byte) id, 0, 0, 0});
        value.writeBytes(item(0x30, ascii(CamelReceiver.CT)));
        value.writeBytes(item(0x40, ascii(RawScu.EXPLICIT_LE)));
        return item(0x20, value.toByteArray());
    }

    /** A PDU: type, reserved byte, 32-bit big-endian length, body. PS3.8 §9.3.1. */
    static byte[] pdu(int type, byte[] body) {
        byte[] pdu = new byte[6 + body.length];
        pdu[0] = (byte) type;
        putInt(pdu, 2, body.length);
        System.arraycopy(body, 0, pdu, 6, body.length);
        return pdu;
    }

    /** A PDU header only, whose length field says {@code length} whatever follows. */
    static byte[] pduHeader(int type, long length) {
        byte[] header = new byte[6];
        header[0] = (byte) type;
        putInt(header, 2, (int) length);
        return header;
    }

    /** An item: type, reserved byte, 16-bit big-endian length, value. PS3.8 §9.3.2. */
    static byte[] item(int type, byte[] value) {
        byte[] item = new byte[4 + value.length];
        item[0] = (byte) type;
        item[2] = (byte) (value.length >> 8);
        item[3] = (byte) value.length;
        System.arraycopy(value, 0, item, 4, value.length);
        return item;
    }

    static void putInt(byte[] b, int off, int value) {
        b[off] = (byte) (value >>> 24);
        b[off + 1] = (byte) (value >>> 16);
        b[off + 2] = (byte) (value >>> 8);
        b[off + 3] = (byte) value;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
