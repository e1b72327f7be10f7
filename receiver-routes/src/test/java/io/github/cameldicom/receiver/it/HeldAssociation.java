package io.github.cameldicom.receiver.it;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * An association for Verification that stays open until {@link #release()}: it occupies one association of an SCP
 * while other SCUs come. The PDUs are written byte by byte from PS3.8 §9.3, independently of the project's codec.
 */
final class HeldAssociation implements AutoCloseable {

    private static final int A_ASSOCIATE_AC = 0x02;
    private static final int A_RELEASE_RP = 0x06;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    private HeldAssociation(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Connects, sends an A-ASSOCIATE-RQ for Verification and waits (bounded) for the A-ASSOCIATE-AC. */
    static HeldAssociation open(int port, Duration timeout) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout((int) timeout.toMillis());
        HeldAssociation held = new HeldAssociation(socket);
        try {
            held.out.write(associateRq("HOLDER", "ANY-SCP"));
            held.out.flush();
            int type = held.readPduType();
            if (type != A_ASSOCIATE_AC) {
                throw new IOException("expected A-ASSOCIATE-AC (02H), got PDU type " + type);
            }
            return held;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** Sends A-RELEASE-RQ and waits (bounded) for A-RELEASE-RP: true if the association was still there. */
    boolean release() throws IOException {
        // PS3.8 Table 9-24: type 05H, reserved, length 4, 4 reserved bytes
        out.write(new byte[] {0x05, 0, 0, 0, 0, 4, 0, 0, 0, 0});
        out.flush();
        return readPduType() == A_RELEASE_RP;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private int readPduType() throws IOException {
        int type = in.readUnsignedByte();
        in.readUnsignedByte();
        int length = in.readInt();
        in.skipNBytes(length);
        return type;
    }

    /** A-ASSOCIATE-RQ, PS3.8 §9.3.2, Table 9-11, proposing Verification in Implicit VR Little Endian. */
    private static byte[] associateRq(String calling, String called) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(new byte[] {0, 1, 0, 0});                       // protocol version 1, reserved
        body.writeBytes(aeTitle(called));
        body.writeBytes(aeTitle(calling));
        body.writeBytes(new byte[32]);                                  // reserved
        body.writeBytes(item(0x10, ascii("1.2.840.10008.3.1.1.1")));   // application context (Table 9-12)
        ByteArrayOutputStream pc = new ByteArrayOutputStream();        // presentation context (Table 9-13)
        pc.writeBytes(new byte[] {1, 0, 0, 0});                         // ID 1, reserved
        pc.writeBytes(item(0x30, ascii("1.2.840.10008.1.1")));          // abstract syntax: Verification
        pc.writeBytes(item(0x40, ascii("1.2.840.10008.1.2")));          // transfer syntax: Implicit VR LE
        body.writeBytes(item(0x20, pc.toByteArray()));
        ByteArrayOutputStream user = new ByteArrayOutputStream();      // user information (Table 9-16)
        user.writeBytes(item(0x51, new byte[] {0, 0, 0x40, 0}));        // maximum length 16384 (Table D.1-1)
        user.writeBytes(item(0x52, ascii("1.2.3.4.5")));                // implementation class UID (Table D.3-1)
        body.writeBytes(item(0x50, user.toByteArray()));
        byte[] b = body.toByteArray();
        ByteArrayOutputStream pdu = new ByteArrayOutputStream();
        pdu.writeBytes(new byte[] {0x01, 0, (byte) (b.length >>> 24), (byte) (b.length >>> 16),
            (byte) (b.length >>> 8), (byte) b.length});
        pdu.writeBytes(b);
        return pdu.toByteArray();
    }

    private static byte[] item(int type, byte[] value) {
        ByteArrayOutputStream item = new ByteArrayOutputStream();
        item.writeBytes(new byte[] {(byte) type, 0, (byte) (value.length >>> 8), (byte) value.length});
        item.writeBytes(value);
        return item.toByteArray();
    }

    private static byte[] aeTitle(String title) {
        byte[] padded = "                ".getBytes(StandardCharsets.US_ASCII);
        byte[] t = ascii(title);
        System.arraycopy(t, 0, padded, 0, t.length);
        return padded;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
