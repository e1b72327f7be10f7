package io.github.cameldicom.receiver.it.fault;

import io.github.cameldicom.dimse.CommandSet;
import io.github.cameldicom.dimse.DimseException;
import io.github.cameldicom.dimse.Status;
import io.github.cameldicom.net.pdu.AAbort;
import io.github.cameldicom.net.pdu.AAssociateAc;
import io.github.cameldicom.net.pdu.AAssociateRq;
import io.github.cameldicom.net.pdu.PDataTf;
import io.github.cameldicom.net.pdu.Pdu;
import io.github.cameldicom.net.pdu.PduCodec;
import io.github.cameldicom.net.pdu.PduException;
import io.github.cameldicom.net.pdu.PresentationDataValue;
import io.github.cameldicom.receiver.it.fault.Instances.DataSet;
import io.github.cameldicom.receiver.it.fault.Instances.Instance;
import io.github.cameldicom.testing.RawScu;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;

/**
 * A peer that misbehaves in one way, on a raw socket ({@code testing.RawScu} and the project's PDU and DIMSE codecs).
 * It may first store one instance properly on its association, then aborts, drops the connection, stalls or sends
 * garbage in the middle of the next one. It checks what the receiver must do about it (close an aborted, stalled or
 * garbled connection within its timeout; answer a bad data set with a failure status and go on serving the
 * association) and reports which of its instances were acknowledged with success.
 */
final class FaultyPeer {

    /** The misbehaviour. */
    enum Fault {
        /** A-ABORT in the middle of a data set; the receiver must close the connection. */
        ABORT_MID_DATA_SET,
        /** TCP close (FIN) in the middle of a data set. */
        CLOSE_MID_DATA_SET,
        /** TCP reset (RST: SO_LINGER 0, then close) in the middle of a data set. */
        RESET_MID_DATA_SET,
        /** Half of a P-DATA-TF in the middle of a data set, then silence: dropped after the DIMSE timeout. */
        STALL_HALF_PDU,
        /** Complete PDUs up to the middle of a data set, then silence: dropped after the DIMSE timeout. */
        STALL_BETWEEN_PDUS,
        /** Half of an A-ASSOCIATE-RQ, then silence: dropped after the ACSE timeout. */
        STALL_HALF_ASSOCIATE_RQ,
        /** Random bytes instead of an A-ASSOCIATE-RQ: dropped. */
        GARBAGE_ON_CONNECT,
        /** Random bytes (an unknown PDU type first) where the next PDU of a data set should be: dropped. */
        GARBAGE_MID_DATA_SET,
        /** Well-formed PDVs carrying random bytes as the data set: a failure status, then a good store works. */
        GARBAGE_DATA_SET,
        /** A data set that ends inside its pixel data element: a failure status, then a good store works. */
        TRUNCATED_DATA_SET
    }

    /**
     * One peer.
     *
     * @param fault          what it does
     * @param id             its number (UIDs, seeds, calling AE title)
     * @param preludeBytes   pixel bytes of a complete instance stored first on the same association, 0 for none
     * @param faultyBytes    pixel bytes of the instance it misbehaves in
     * @param resendPrelude  whether the faulty instance is the prelude again, same SOP Instance UID and bytes (a
     *                       re-send that fails must not harm the stored copy)
     */
    record Spec(Fault fault, int id, int preludeBytes, int faultyBytes, boolean resendPrelude) {

        @Override
        public String toString() {
            return fault + "#" + id;
        }
    }

    /**
     * What happened.
     *
     * @param spec          the peer
     * @param acknowledged  instances the receiver answered with success, by SOP Instance UID: they must be stored
     * @param attempted     every instance this peer began to send, by SOP Instance UID, as it meant to send it
     * @param dropMillis    for faults the receiver must end the connection for: how long after the fault it closed
     *                      it; -1 otherwise
     * @param dropDetail    what the receiver sent before it closed the connection, and when; null if not waited for
     * @param problems      expectations that failed
     */
    record Outcome(Spec spec, Map<String, Instance> acknowledged, Map<String, Instance> attempted, long dropMillis,
                   String dropDetail, List<String> problems) {
    }

    private static final String CALLED = "DCMRECV";

    private final Spec spec;
    private final int port;
    /** How long the receiver may take to drop a connection: its timeout plus a margin for a loaded machine. */
    private final Duration dropTimeout;
    private final CountDownLatch faulted;
    private final Map<String, Instance> acknowledged = new LinkedHashMap<>();
    private final Map<String, Instance> attempted = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    /** The data sets, made before connecting so that making them never counts against the receiver's timeouts. */
    private final DataSet prelude;
    private final DataSet faulty;
    private final DataSet after;
    private boolean signalled;
    private long dropMillis = -1;
    private String dropDetail;
    private int fragment;

    /**
     * @param faulted counted down once when this peer has done its fault (or failed before it), so that the test can
     *                check that the receiver serves others while peers stall
     */
    FaultyPeer(Spec spec, int port, Duration dropTimeout, CountDownLatch faulted) {
        this.spec = spec;
        this.port = port;
        this.dropTimeout = dropTimeout;
        this.faulted = faulted;
        this.prelude = spec.preludeBytes() > 0
                ? Instances.dataSet(Instances.uid(3000 + spec.id(), 0), spec.preludeBytes(), 3000 + spec.id()) : null;
        this.faulty = spec.resendPrelude() && prelude != null ? prelude
                : Instances.dataSet(Instances.uid(3000 + spec.id(), 1), spec.faultyBytes(), 4000 + spec.id());
        this.after = Instances.dataSet(Instances.uid(3000 + spec.id(), 2), 20_000, 5000 + spec.id());
    }

    Outcome run() {
        try {
            switch (spec.fault()) {
                case STALL_HALF_ASSOCIATE_RQ -> {
                    try (RawScu scu = RawScu.connect(port, dropTimeout)) {
                        byte[] rq = PduCodec.encode(associateRq());
                        scu.sendRaw(Arrays.copyOf(rq, rq.length / 2));
                        expectDrop(scu);
                    }
                }
                case GARBAGE_ON_CONNECT -> {
                    try (RawScu scu = RawScu.connect(port, dropTimeout)) {
                        byte[] garbage = new byte[4096];
                        new Random(spec.id()).nextBytes(garbage);
                        sendIgnoringClose(scu, garbage);
                        expectDrop(scu);
                    }
                }
                case RESET_MID_DATA_SET -> reset();
                default -> {
                    try (RawScu scu = RawScu.connect(port, dropTimeout)) {
                        associated(scu);
                    }
                }
            }
        } catch (IOException | PduException | DimseException | RuntimeException | AssertionError e) {
            problems.add(spec + ": " + e);
        } finally {
            signalFaulted();
        }
        return new Outcome(spec, Map.copyOf(acknowledged), Map.copyOf(attempted), dropMillis, dropDetail,
                List.copyOf(problems));
    }

    private void associated(RawScu scu) throws IOException, PduException, DimseException {
        scu.send(associateRq());
        if (!accepted(scu.read())) {
            return;
        }
        int messageId = 1;
        if (prelude != null && store(scu, messageId++, prelude) != Status.SUCCESS) {
            problems.add(spec + ": the prelude instance was not stored");
        }
        String uid = faulty.instance().sopInstanceUid();
        byte[] bytes = faulty.bytes();
        int half = bytes.length / 2;
        switch (spec.fault()) {
            case ABORT_MID_DATA_SET -> {
                sendPartially(scu::send, messageId, faulty, half);
                scu.send(AAbort.serviceUser());
                expectDrop(scu);
            }
            case CLOSE_MID_DATA_SET -> sendPartially(scu::send, messageId, faulty, half);
            case STALL_HALF_PDU -> {
                sendPartially(scu::send, messageId, faulty, half);
                byte[] next = PduCodec.encode(new PDataTf(List.of(new PresentationDataValue(1, false, false,
                        Arrays.copyOfRange(bytes, half, Math.min(bytes.length, half + fragment))))));
                scu.sendRaw(Arrays.copyOf(next, next.length / 2));
                expectDrop(scu);
            }
            case STALL_BETWEEN_PDUS -> {
                sendPartially(scu::send, messageId, faulty, half);
                expectDrop(scu);
            }
            case GARBAGE_MID_DATA_SET -> {
                sendPartially(scu::send, messageId, faulty, half);
                byte[] garbage = new byte[2048];
                new Random(spec.id()).nextBytes(garbage);
                garbage[0] = (byte) 0xA5; // no PDU has this type, PS3.8 §9.3.1
                sendIgnoringClose(scu, garbage);
                expectDrop(scu);
            }
            case GARBAGE_DATA_SET, TRUNCATED_DATA_SET -> {
                byte[] bad;
                if (spec.fault() == Fault.GARBAGE_DATA_SET) {
                    bad = new byte[bytes.length];
                    new Random(spec.id()).nextBytes(bad);
                } else {
                    bad = Arrays.copyOf(bytes, bytes.length - 1001);
                }
                int status = store(scu, messageId++, new DataSet(faulty.instance(), bad));
                signalFaulted();
                if (status == Status.SUCCESS || (status & 0xF000) == 0xB000) {
                    problems.add(spec + ": a bad data set was answered with status " + Integer.toHexString(status));
                }
                if (store(scu, messageId, after) != Status.SUCCESS) {
                    problems.add(spec + ": a good instance after the bad one was not stored");
                }
                scu.release();
            }
            default -> throw new IllegalStateException(spec.fault().toString());
        }
        if (!acknowledged.containsKey(uid)) {
            attempted.putIfAbsent(uid, faulty.instance());
        }
    }

    /** RESET_MID_DATA_SET on a plain socket, which RawScu does not expose: SO_LINGER 0 makes close() send RST. */
    private void reset() throws IOException, PduException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout((int) dropTimeout.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(PduCodec.encode(associateRq()));
            DataInputStream in = new DataInputStream(socket.getInputStream());
            int type = in.readUnsignedByte();
            in.readUnsignedByte();
            byte[] body = new byte[in.readInt()];
            in.readFully(body);
            if (!accepted(PduCodec.decode(type, body, 0, body.length))) {
                return;
            }
            attempted.put(faulty.instance().sopInstanceUid(), faulty.instance());
            sendPartially(pdu -> out.write(PduCodec.encode(pdu)), 1, faulty, faulty.bytes().length / 2);
            out.flush();
            socket.setSoLinger(true, 0);
        }
    }

    private boolean accepted(Pdu answer) {
        if (!(answer instanceof AAssociateAc ac) || !ac.presentationContexts().get(0).isAccepted()) {
            problems.add(spec + ": association not accepted: " + answer);
            return false;
        }
        long max = ac.userInformation().maxPduLength().orElse(0);
        // a PDV item adds 6 bytes to its fragment: item length (4), context ID, message control header
        fragment = (int) Math.min(max == 0 ? 16384 : max, 16384) - 6;
        return true;
    }

    /** One complete C-STORE; the status of its response. An instance answered with success is recorded. */
    private int store(RawScu scu, int messageId, DataSet dataSet) throws IOException, PduException, DimseException {
        String uid = dataSet.instance().sopInstanceUid();
        attempted.putIfAbsent(uid, dataSet.instance());
        scu.sendMessage(1, CommandSet.cStoreRq(messageId, Instances.SECONDARY_CAPTURE, uid,
                CommandSet.PRIORITY_MEDIUM).encode(), dataSet.bytes(), fragment);
        CommandSet rsp = scu.readCommand();
        if (rsp.status() == Status.SUCCESS) {
            acknowledged.put(uid, dataSet.instance());
            attempted.put(uid, dataSet.instance());
        }
        return rsp.status();
    }

    /** Where PDUs go. */
    private interface PduSink {
        void send(Pdu pdu) throws IOException;
    }

    /** The command and the first {@code length} bytes of the data set, in PDVs none of which is the last. */
    private void sendPartially(PduSink sink, int messageId, DataSet dataSet, int length) throws IOException {
        sink.send(new PDataTf(List.of(new PresentationDataValue(1, true, true, CommandSet.cStoreRq(messageId,
                Instances.SECONDARY_CAPTURE, dataSet.instance().sopInstanceUid(), CommandSet.PRIORITY_MEDIUM)
                .encode()))));
        byte[] bytes = dataSet.bytes();
        for (int off = 0; off < length; off += fragment) {
            sink.send(new PDataTf(List.of(new PresentationDataValue(1, false, false,
                    Arrays.copyOfRange(bytes, off, Math.min(length, off + fragment))))));
        }
    }

    /**
     * Waits for the receiver to close the connection and records how long it took, and which PDU (an A-ABORT, say)
     * it sent before, when.
     */
    private void expectDrop(RawScu scu) throws IOException {
        signalFaulted();
        long start = System.nanoTime();
        StringBuilder detail = new StringBuilder();
        int pdus = 0;
        try {
            for (Pdu pdu; (pdu = scu.read()) != null; pdus++) {
                if (pdus == 0) {
                    detail.append(pdu).append(" after ").append(millisSince(start)).append(" ms, ");
                }
            }
        } catch (SocketTimeoutException e) {
            problems.add(spec + ": the receiver did not close the connection within " + dropTimeout);
            return;
        } catch (EOFException | SocketException e) {
            // closed in the middle of a PDU, or reset: closed all the same
        } catch (PduException e) {
            problems.add(spec + ": the receiver sent an undecodable PDU: " + e);
        }
        dropMillis = millisSince(start);
        if (pdus > 1) {
            detail.append(pdus).append(" PDUs in all, ");
        }
        dropDetail = detail.append("closed after ").append(dropMillis).append(" ms").toString();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private void signalFaulted() {
        if (!signalled) {
            signalled = true;
            faulted.countDown();
        }
    }

    private static void sendIgnoringClose(RawScu scu, byte[] bytes) {
        try {
            scu.sendRaw(bytes);
        } catch (IOException e) {
            // the receiver may close the connection before all garbage is written: that is what it should do
        }
    }

    private AAssociateRq associateRq() {
        return RawScu.storageRq("FAULT" + spec.id(), CALLED, Instances.SECONDARY_CAPTURE, Instances.EXPLICIT_LE);
    }
}
