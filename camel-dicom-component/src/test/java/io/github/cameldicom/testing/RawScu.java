package io.github.cameldicom.testing;

import io.github.cameldicom.dimse.CommandSet;
import io.github.cameldicom.dimse.DimseException;
import io.github.cameldicom.net.pdu.AAssociateRq;
import io.github.cameldicom.net.pdu.AReleaseRp;
import io.github.cameldicom.net.pdu.AReleaseRq;
import io.github.cameldicom.net.pdu.ImplementationClassUid;
import io.github.cameldicom.net.pdu.MaximumLength;
import io.github.cameldicom.net.pdu.PDataTf;
import io.github.cameldicom.net.pdu.Pdu;
import io.github.cameldicom.net.pdu.PduCodec;
import io.github.cameldicom.net.pdu.PduException;
import io.github.cameldicom.net.pdu.PresentationContextRq;
import io.github.cameldicom.net.pdu.PresentationDataValue;
import io.github.cameldicom.net.pdu.UserInformation;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A raw-socket SCU for tests that need to send exactly the PDUs they want, valid or not, and see exactly what
 * comes back. Every read is bounded by the timeout given at connect.
 */
public final class RawScu implements AutoCloseable {

    public static final String VERIFICATION = "1.2.840.10008.1.1";
    public static final String IMPLICIT_LE = "1.2.840.10008.1.2";
    public static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";
    public static final String DICOM_APPLICATION_CONTEXT = "1.2.840.10008.3.1.1.1";

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    private RawScu(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    public static RawScu connect(int port, Duration readTimeout) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        s.setSoTimeout((int) readTimeout.toMillis());
        return new RawScu(s);
    }

    /** An A-ASSOCIATE-RQ proposing Verification, as echoscu sends it. */
    public static AAssociateRq echoRq(String calling, String called) {
        return new AAssociateRq(1, called, calling, DICOM_APPLICATION_CONTEXT,
                List.of(new PresentationContextRq(1, VERIFICATION, List.of(IMPLICIT_LE))),
                new UserInformation(List.of(new MaximumLength(16384), new ImplementationClassUid("1.2.3.4"))));
    }

    public void send(Pdu pdu) throws IOException {
        sendRaw(PduCodec.encode(pdu));
    }

    public void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** The next PDU from the peer, or null when it closed the connection. */
    public Pdu read() throws IOException, PduException {
        int type = in.read();
        if (type < 0) {
            return null;
        }
        in.readUnsignedByte();
        int length = in.readInt();
        byte[] body = new byte[length];
        in.readFully(body);
        return PduCodec.decode(type, body, 0, length);
    }

    /** Whether the peer closes the connection (after any PDUs, which are discarded) within the read timeout. */
    public boolean awaitClose() throws IOException {
        try {
            while (in.read() >= 0) {
                // Discarded: only the close matters here.
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (EOFException | java.net.SocketException e) {
            return true;
        }
    }

    /** An A-ASSOCIATE-RQ proposing one abstract syntax in one transfer syntax, as presentation context 1. */
    public static AAssociateRq storageRq(String calling, String called, String abstractSyntax, String transferSyntax) {
        return new AAssociateRq(1, called, calling, DICOM_APPLICATION_CONTEXT,
                List.of(new PresentationContextRq(1, abstractSyntax, List.of(transferSyntax))),
                new UserInformation(List.of(new MaximumLength(16384), new ImplementationClassUid("1.2.3.4"))));
    }

    /**
     * Sends one DIMSE message on a presentation context: the command set in one PDV, then the data set (if any) in
     * PDVs of at most {@code maxFragment} bytes, one P-DATA-TF each.
     */
    public void sendMessage(int presentationContextId, byte[] command, byte[] dataSet, int maxFragment)
            throws IOException {
        send(new PDataTf(List.of(new PresentationDataValue(presentationContextId, true, true, command))));
        if (dataSet == null) {
            return;
        }
        int off = 0;
        do {
            int end = Math.min(dataSet.length, off + maxFragment);
            sendDataFragment(presentationContextId, Arrays.copyOfRange(dataSet, off, end), end == dataSet.length);
            off = end;
        } while (off < dataSet.length);
    }

    /** Sends one data set fragment (a data PDV in a P-DATA-TF of its own). */
    public void sendDataFragment(int presentationContextId, byte[] fragment, boolean last) throws IOException {
        send(new PDataTf(List.of(new PresentationDataValue(presentationContextId, false, last, fragment))));
    }

    /**
     * Reads the next DIMSE command set, reassembled from its command PDVs.
     *
     * @throws AssertionError when the peer sends anything else, e.g. an A-ABORT, or closes the connection
     */
    public CommandSet readCommand() throws IOException, PduException, DimseException {
        return CommandSet.decode(readCommandBytes());
    }

    /**
     * Reads the next DIMSE command set as the bytes of its command PDVs, for tests of its exact encoding.
     *
     * @throws AssertionError when the peer sends anything else, e.g. an A-ABORT, or closes the connection
     */
    public byte[] readCommandBytes() throws IOException, PduException {
        ByteArrayOutputStream command = new ByteArrayOutputStream();
        while (true) {
            Pdu pdu = read();
            if (!(pdu instanceof PDataTf data)) {
                throw new AssertionError("expected a P-DATA-TF with a command, got " + pdu);
            }
            for (PresentationDataValue pdv : data.values()) {
                if (!pdv.command()) {
                    throw new AssertionError("expected a command PDV, got " + pdv);
                }
                command.write(pdv.fragment());
                if (pdv.last()) {
                    return command.toByteArray();
                }
            }
        }
    }

    /** Releases the association: A-RELEASE-RQ, then the A-RELEASE-RP is expected. */
    public void release() throws IOException, PduException {
        send(new AReleaseRq());
        Pdu rp = read();
        if (!(rp instanceof AReleaseRp)) {
            throw new AssertionError("expected an A-RELEASE-RP, got " + rp);
        }
    }

    /** Bytes the peer has sent that are not read yet, without blocking. */
    public int available() throws IOException {
        return in.available();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
