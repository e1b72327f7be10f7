package io.github.cameldicom.net;

import io.github.cameldicom.data.LogText;
import io.github.cameldicom.net.pdu.AAbort;
import io.github.cameldicom.net.pdu.AAssociateAc;
import io.github.cameldicom.net.pdu.AAssociateRj;
import io.github.cameldicom.net.pdu.AAssociateRq;
import io.github.cameldicom.net.pdu.AReleaseRp;
import io.github.cameldicom.net.pdu.AReleaseRq;
import io.github.cameldicom.net.pdu.Pdu;
import io.github.cameldicom.net.pdu.PduException;
import io.github.cameldicom.net.pdu.PresentationContextAc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/**
 * One association on the acceptor side, from the transport connection to its close, run on its own thread. The
 * PS3.8 §9.2 state machine decides every step; this class carries out the actions and offers the established
 * association to the {@link AssociationService} as a sequence of DIMSE messages.
 */
public final class Association implements Runnable {

    /** MDC key under which the association's name is logged. */
    public static final String MDC_KEY = "dicom.association";

    private static final Logger LOG = LoggerFactory.getLogger(Association.class);
    /** A logger of its own, so that listing every negotiated context can be switched on alone (dcmrecv +v). */
    private static final Logger CONTEXTS = LoggerFactory.getLogger("io.github.cameldicom.net.PresentationContexts");
    /** Command sets are a few hundred bytes; anything this large is not one. */
    private static final int MAX_COMMAND_LENGTH = 64 * 1024;
    private static final int STREAM_BUFFER = 64 * 1024;
    /** Characters of a peer certificate's subject shown in the log: a distinguished name is rarely longer. */
    private static final int MAX_SUBJECT_SHOWN = 256;
    /** States of the DICOM TLS watchdog over Sta2, see {@link #handshake()}. */
    private static final int WATCHDOG_OFF = 0;
    private static final int WATCHDOG_ARMED = 1;
    private static final int WATCHDOG_DISARMED = 2;
    private static final int WATCHDOG_FIRED = 3;

    /** A complete DIMSE command set received on an accepted presentation context. */
    public record Command(PresentationContext presentationContext, byte[] bytes) {
    }

    private final Socket socket;
    private final long serial;
    private final AcceptorConfig config;
    private final AssociationNegotiator negotiator;
    private final AssociationService service;
    private final boolean limitExceeded;
    private final AcceptorStatistics statistics;
    private final Consumer<Association> onClose;
    private final StateMachine stateMachine = new StateMachine();
    private final ArtimTimer artim;
    private final AtomicInteger sta2Watchdog = new AtomicInteger(WATCHDOG_OFF);

    private String name;
    private InputStream in;
    private BufferedOutputStream out;
    private PduReader reader;
    private volatile PduWriter writer;
    private volatile AssociationInfo info;
    private volatile boolean abortRequested;
    private boolean released;

    Association(Socket socket, long serial, AcceptorConfig config, AssociationService service, boolean limitExceeded,
                AcceptorStatistics statistics, Consumer<Association> onClose) {
        this.socket = socket;
        this.serial = serial;
        this.config = config;
        this.negotiator = new AssociationNegotiator(config);
        this.service = service;
        this.limitExceeded = limitExceeded;
        this.statistics = statistics;
        this.onClose = onClose;
        this.artim = new ArtimTimer(config.acseTimeout());
        this.name = "#" + serial + " " + socket.getRemoteSocketAddress();
    }

    /** The log name, {@code CALLING->CALLED(serial)} once the A-ASSOCIATE-RQ is read. */
    public String name() {
        return name;
    }

    /** The established association's parameters; null before the A-ASSOCIATE-AC is sent. */
    public AssociationInfo info() {
        return info;
    }

    @Override
    public void run() {
        Thread thread = Thread.currentThread();
        String threadName = thread.getName();
        try {
            thread.setName("dicom-association-" + serial);
            MDC.put(MDC_KEY, name);
            open();
            if (handshake()) {
                openStreams();
                awaitAssociateRq();
                if (stateMachine.state() == State.Sta6) {
                    serveEstablished();
                }
                awaitTransportClose();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}: association failed in {}: {}", name, stateMachine.state(), e.toString());
            LOG.debug("{}: association failure", name, e);
        } finally {
            closeTransport();
            MDC.remove(MDC_KEY);
            thread.setName(threadName);
            onClose.accept(this);
        }
    }

    /**
     * Aborts the association from any thread: sends an A-ABORT (service-user source) and closes the transport, so
     * that the association's own thread stops at its next read. Used when the acceptor stops.
     */
    public void abort() {
        abortRequested = true;
        PduWriter w = writer;
        if (w != null) {
            try {
                w.write(new AAbort(AAbort.Source.SERVICE_USER, AAbort.Reason.REASON_NOT_SPECIFIED));
                LOG.info("{}: >> A-ABORT (local stop)", name);
            } catch (IOException e) {
                LOG.debug("{}: A-ABORT not sent, transport already gone: {}", name, e.toString());
            }
        }
        closeTransport();
    }

    /**
     * Reads the next DIMSE command set (PS3.7 §6.3.1). Returns {@code null} once the peer has released the
     * association; the A-RELEASE-RP has then been sent.
     *
     * @throws AssociationAbortedException when the association ends any other way
     */
    public Command readCommand() throws IOException {
        ByteArrayOutputStream command = null;
        PresentationContext context = null;
        while (true) {
            Object incoming = nextIncoming();
            if (incoming instanceof PduReader.PdvHeader pdv) {
                stateMachine.fire(Event.Evt10);
                if (!pdv.command()) {
                    throw userAbort("data PDV on context " + pdv.presentationContextId() + " outside a message");
                }
                PresentationContext pc = info.contexts().get(pdv.presentationContextId());
                if (pc == null) {
                    throw userAbort("PDV on presentation context " + pdv.presentationContextId()
                                    + ", which was not accepted");
                }
                if (context != null && context != pc) {
                    throw userAbort("command fragments on contexts " + context.presentationContextId() + " and "
                                    + pc.presentationContextId());
                }
                context = pc;
                int received = command == null ? 0 : command.size();
                if (received + pdv.valueLength() > MAX_COMMAND_LENGTH) {
                    throw userAbort("command set longer than " + MAX_COMMAND_LENGTH + " bytes");
                }
                if (command == null) {
                    command = new ByteArrayOutputStream(Math.max(pdv.valueLength(), 256));
                }
                readCommandFragment(command, pdv.valueLength());
                if (pdv.last()) {
                    return new Command(context, command.toByteArray());
                }
            } else if (incoming instanceof AReleaseRq) {
                if (command != null) {
                    throw userAbort("A-RELEASE-RQ inside a command set");
                }
                release();
                return null;
            } else {
                throw unexpected((Pdu) incoming);
            }
        }
    }

    /**
     * The data set of the message whose command was just read, as a stream that ends after the last fragment
     * (PS3.7 §6.3.1). Its bytes come straight from the transport as the caller reads them.
     */
    public PDataInputStream openDataSet(PresentationContext context) {
        return new PDataInputStream(this, context.presentationContextId());
    }

    /** Sends a DIMSE command set (a response) on a presentation context (DT-1). */
    public void sendCommand(PresentationContext context, byte[] command) throws IOException {
        stateMachine.fire(Event.Evt9);
        try {
            writer.writeMessage(context.presentationContextId(), true, command);
        } catch (IOException e) {
            throw transportClosed("transport failed while sending: " + e.getMessage());
        }
    }

    /**
     * Aborts on behalf of the service user (Evt15, AA-1), for DIMSE-level errors the Upper Layer cannot see, and
     * returns the exception the caller throws.
     */
    public AssociationAbortedException userAbort(String why) {
        LOG.warn("{}: aborting association: {}", name, why);
        perform(stateMachine.fire(Event.Evt15), AAbort.Reason.REASON_NOT_SPECIFIED);
        return new AssociationAbortedException("association aborted: " + why);
    }

    // --- called by PDataInputStream ---------------------------------------------------------------------------

    PduReader.PdvHeader nextDataPdv(int presentationContextId) throws IOException {
        Object incoming = nextIncoming();
        if (incoming instanceof PduReader.PdvHeader pdv) {
            stateMachine.fire(Event.Evt10);
            if (pdv.command()) {
                throw userAbort("command PDV inside the data set on context " + presentationContextId);
            }
            if (pdv.presentationContextId() != presentationContextId) {
                throw userAbort("data PDV on context " + pdv.presentationContextId()
                                + " inside a data set on context " + presentationContextId);
            }
            return pdv;
        }
        if (incoming instanceof AReleaseRq) {
            throw userAbort("A-RELEASE-RQ before the data set was complete");
        }
        throw unexpected((Pdu) incoming);
    }

    int readDataValue(byte[] b, int off, int len) throws IOException {
        try {
            return reader.readValue(b, off, len);
        } catch (SocketTimeoutException e) {
            throw dimseTimeout();
        } catch (IOException e) {
            throw transportClosed("transport closed inside a data set: " + e.getMessage());
        }
    }

    long pdvRemaining() {
        return reader.pdvRemaining();
    }

    // --- the phases of an association -------------------------------------------------------------------------

    /** The transport connection is open (Evt5): AE-5 starts ARTIM for the A-ASSOCIATE-RQ. */
    private void open() throws IOException {
        socket.setTcpNoDelay(config.tcpNoDelay());
        if (config.socketBufferSize() > 0) {
            socket.setReceiveBufferSize(config.socketBufferSize());
            socket.setSendBufferSize(config.socketBufferSize());
        }
        perform(stateMachine.fire(Event.Evt5), null);
    }

    /**
     * Sta2, DICOM TLS only (PS3.15 Annex B): completes the TLS handshake before anything is read, within the ARTIM
     * time allowed for the A-ASSOCIATE-RQ. A failed or overdue handshake ends the connection with one log line and
     * returns false; a plain TCP connection returns true at once.
     *
     * <p>Over TLS the ARTIM deadline cannot be kept by read timeouts alone: the JDK applies SO_TIMEOUT to each read
     * beneath a handshake message or TLS record, so a peer trickling bytes could stretch Sta2 without end. A one-shot
     * watchdog therefore closes the socket at the deadline unless the A-ASSOCIATE-RQ has been read by then.
     */
    private boolean handshake() {
        if (!(socket instanceof SSLSocket tls)) {
            return true;
        }
        long limit = artim.remainingMillis();
        sta2Watchdog.set(WATCHDOG_ARMED);
        CompletableFuture.delayedExecutor(limit, TimeUnit.MILLISECONDS).execute(() -> {
            if (sta2Watchdog.compareAndSet(WATCHDOG_ARMED, WATCHDOG_FIRED)) {
                closeTransport();
            }
        });
        try {
            tls.setSoTimeout((int) Math.min(Integer.MAX_VALUE, limit));
            tls.startHandshake();
            if (sta2Watchdog.get() == WATCHDOG_FIRED) {
                throw new SocketTimeoutException("ARTIM expired as the handshake completed");
            }
        } catch (IOException e) {
            boolean expired = e instanceof SocketTimeoutException
                              || !sta2Watchdog.compareAndSet(WATCHDOG_ARMED, WATCHDOG_DISARMED);
            if (abortRequested) {
                LOG.info("{}: TLS handshake ended by local stop", name);
                perform(stateMachine.fire(Event.Evt17), null);
            } else if (expired) {
                LOG.warn("{}: no TLS handshake within the ACSE timeout of {} ms, closing", name,
                        config.acseTimeout().toMillis());
                perform(stateMachine.fire(Event.Evt18), null);
            } else {
                LOG.warn("{}: TLS handshake failed: {}{}", name, e.getMessage() != null ? e.getMessage() : e,
                        e.getMessage() != null && e.getMessage().contains("unrecognized SSL message")
                                ? " (the peer does not speak TLS: plain DICOM on the TLS port?)" : "");
                LOG.debug("{}: TLS handshake failure", name, e);
                perform(stateMachine.fire(Event.Evt17), null);
            }
            return false;
        }
        SSLSession session = tls.getSession();
        LOG.info("{}: TLS {} {}, peer certificate: {}", name, session.getProtocol(), session.getCipherSuite(),
                peerCertificate(session));
        return true;
    }

    /**
     * The subject of the peer's certificate, or why there is none; a certificate names a system, not a patient. The
     * name is escaped as every value from a peer is: RFC 2253 leaves line breaks and other control characters as
     * they are.
     */
    private static String peerCertificate(SSLSession session) {
        try {
            return "'" + LogText.of(((X509Certificate) session.getPeerCertificates()[0]).getSubjectX500Principal()
                    .getName(), MAX_SUBJECT_SHOWN) + "'";
        } catch (SSLPeerUnverifiedException e) {
            // The JDK's only way to say that the peer sent none (peer certificate policy verify or ignore).
            return "none";
        }
    }

    private void openStreams() throws IOException {
        in = new BufferedInputStream(new TimedSocketInputStream(socket, this::readTimeout), STREAM_BUFFER);
        out = new BufferedOutputStream(socket.getOutputStream(), STREAM_BUFFER);
        reader = new PduReader(in, config.maxPduLength());
        writer = new PduWriter(out, 0);
    }

    /** Sta2: waits for the A-ASSOCIATE-RQ under ARTIM and answers it. */
    private void awaitAssociateRq() throws IOException {
        Object incoming;
        try {
            incoming = reader.next();
        } catch (SocketTimeoutException e) {
            noAssociateRq();
            return;
        } catch (PduException e) {
            LOG.warn("{}: invalid PDU instead of A-ASSOCIATE-RQ: {}", name, e.getMessage());
            perform(stateMachine.fire(Event.Evt19), e.reason());
            return;
        } catch (EOFException | SocketException e) {
            if (sta2Watchdog.get() == WATCHDOG_FIRED) {
                noAssociateRq();
                return;
            }
            LOG.info("{}: connection closed before an A-ASSOCIATE-RQ", name);
            perform(stateMachine.fire(Event.Evt17), null);
            return;
        } finally {
            sta2Watchdog.compareAndSet(WATCHDOG_ARMED, WATCHDOG_DISARMED);
        }
        if (sta2Watchdog.get() == WATCHDOG_FIRED) {
            // The TLS watchdog closed the socket just as the PDU arrived: ARTIM expired all the same.
            noAssociateRq();
            return;
        }
        if (incoming == null) {
            LOG.info("{}: connection closed without an A-ASSOCIATE-RQ", name);
            perform(stateMachine.fire(Event.Evt17), null);
        } else if (incoming instanceof AAssociateRq rq) {
            onAssociateRq(rq);
        } else {
            if (incoming instanceof PduReader.PdvHeader) {
                skipPdvValue();
            }
            Event event = eventOf(incoming);
            LOG.warn("{}: {} instead of A-ASSOCIATE-RQ", name, describe(incoming));
            perform(stateMachine.fire(event), AAbort.Reason.UNEXPECTED_PDU);
        }
    }

    /** ARTIM expired in Sta2 (Evt18, AA-2). */
    private void noAssociateRq() {
        LOG.info("{}: no A-ASSOCIATE-RQ within {} s, closing", name, config.acseTimeout().toSeconds());
        perform(stateMachine.fire(Event.Evt18), null);
    }

    private void onAssociateRq(AAssociateRq rq) throws IOException {
        name = rq.callingAeTitle() + "->" + rq.calledAeTitle() + "(" + serial + ")";
        MDC.put(MDC_KEY, name);
        LOG.info("{}: << A-ASSOCIATE-RQ from {}", name, socket.getRemoteSocketAddress());
        LOG.debug("{}: {}", name, rq);
        Action ae6 = stateMachine.fire(Event.Evt6);
        if (ae6 != Action.AE_6) {
            perform(ae6, AAbort.Reason.UNEXPECTED_PDU);
            return;
        }
        artim.stop();
        Negotiation.Rejected providerReject = negotiator.checkProvider(rq);
        if (providerReject != null) {
            sendReject(providerReject);
            artim.start();
            stateMachine.enter(State.Sta13);
            return;
        }
        stateMachine.enter(State.Sta3);
        Negotiation negotiation = negotiator.negotiate(rq, limitExceeded);
        if (negotiation instanceof Negotiation.Accepted accepted) {
            stateMachine.fire(Event.Evt7);
            sendAccept(rq, accepted);
        } else {
            stateMachine.fire(Event.Evt8);
            sendReject((Negotiation.Rejected) negotiation);
            artim.start();
        }
    }

    private void sendAccept(AAssociateRq rq, Negotiation.Accepted accepted) throws IOException {
        AAssociateAc ac = accepted.ac();
        long peerMax = rq.userInformation().maxPduLength().orElse(0);
        String remoteHost = config.hostnameLookup() ? socket.getInetAddress().getHostName()
                : socket.getInetAddress().getHostAddress();
        info = new AssociationInfo(name, serial, rq.callingAeTitle(), rq.calledAeTitle(),
                (InetSocketAddress) socket.getRemoteSocketAddress(), remoteHost,
                (InetSocketAddress) socket.getLocalSocketAddress(), peerMax,
                rq.userInformation().implementationClassUid().orElse(null),
                rq.userInformation().implementationVersionName().orElse(null), accepted.contexts());
        PduWriter established = new PduWriter(out, peerMax);
        established.write(ac);
        writer = established;
        statistics.accepted();
        LOG.info("{}: >> A-ASSOCIATE-AC ({} of {} presentation contexts accepted, max send PDV {})", name,
                accepted.contexts().size(), rq.presentationContexts().size(), established.maxFragment());
        if (CONTEXTS.isInfoEnabled()) {
            Map<Integer, String> proposed = new java.util.HashMap<>();
            rq.presentationContexts().forEach(pc -> proposed.put(pc.presentationContextId(), pc.abstractSyntax()));
            for (PresentationContextAc pc : ac.presentationContexts()) {
                CONTEXTS.info("{}:   context {} {}: {}{}", name, pc.presentationContextId(),
                        LogText.of(proposed.get(pc.presentationContextId())), pc.result(),
                        pc.isAccepted() ? " " + pc.transferSyntax() : "");
            }
        }
        LOG.debug("{}: {}", name, ac);
    }

    private void sendReject(Negotiation.Rejected rejected) throws IOException {
        AAssociateRj rj = rejected.rj();
        writer.write(rj);
        statistics.rejected();
        LOG.info("{}: >> A-ASSOCIATE-RJ ({}, {}): {}", name, rj.result(), rj.reason(), rejected.why());
    }

    /** Sta6: hands the established association to the service until it is released or aborted. */
    private void serveEstablished() {
        try {
            service.serve(this);
            if (stateMachine.state() == State.Sta6) {
                userAbort("service stopped before the association was released");
            }
        } catch (AssociationAbortedException e) {
            LOG.info("{}: {}", name, e.getMessage());
        } catch (IOException | RuntimeException e) {
            if (stateMachine.state() == State.Sta6) {
                userAbort("service failed: " + e);
            }
            LOG.warn("{}: service failed", name, e);
        }
        if (released) {
            statistics.released();
        } else {
            statistics.aborted();
        }
    }

    /** Sta13: after RJ, RP or A-ABORT, waits under ARTIM for the peer to close; PDUs are ignored or aborted. */
    private void awaitTransportClose() throws IOException {
        while (stateMachine.state() == State.Sta13) {
            Object incoming;
            try {
                // After an abort inside a PDU the rest of the stream cannot be parsed; it is only drained.
                incoming = reader.atPduBoundary() ? reader.next() : discardUntilClosed();
            } catch (SocketTimeoutException e) {
                LOG.debug("{}: peer did not close the connection within ARTIM", name);
                perform(stateMachine.fire(Event.Evt18), null);
                return;
            } catch (PduException e) {
                perform(stateMachine.fire(Event.Evt19), e.reason());
                continue;
            } catch (EOFException | SocketException e) {
                perform(stateMachine.fire(Event.Evt17), null);
                return;
            }
            if (incoming == null) {
                perform(stateMachine.fire(Event.Evt17), null);
                return;
            }
            if (incoming instanceof PduReader.PdvHeader) {
                skipPdvValue();
            }
            perform(stateMachine.fire(eventOf(incoming)), AAbort.Reason.UNEXPECTED_PDU);
        }
    }

    /** AR-2 then, as the service user always agrees, Evt14 and AR-4. PS3.8 §7.2. */
    private void release() throws IOException {
        stateMachine.fire(Event.Evt12);
        LOG.info("{}: << A-RELEASE-RQ", name);
        perform(stateMachine.fire(Event.Evt14), null);
        released = true;
    }

    // --- events and actions ----------------------------------------------------------------------------------

    /**
     * Reads the next PDV header or PDU in Sta6, turning transport failures, timeouts and invalid PDUs into their
     * events and actions; the association is over when this throws.
     */
    private Object nextIncoming() throws IOException {
        Object incoming;
        try {
            incoming = reader.next();
        } catch (SocketTimeoutException e) {
            throw dimseTimeout();
        } catch (PduException e) {
            LOG.warn("{}: invalid PDU: {}", name, e.getMessage());
            perform(stateMachine.fire(Event.Evt19), e.reason());
            throw new AssociationAbortedException("association aborted: " + e.getMessage(), e);
        } catch (IOException e) {
            throw transportClosed(abortRequested ? "association aborted by local stop"
                    : "peer closed the connection: " + e.getMessage());
        }
        if (incoming == null) {
            throw transportClosed("peer closed the connection without releasing the association");
        }
        if (incoming instanceof AAbort abort) {
            LOG.info("{}: << A-ABORT ({}, {})", name, abort.source(), abort.reason());
            perform(stateMachine.fire(Event.Evt16), null);
            throw new AssociationAbortedException("association aborted by peer (" + abort.source() + ", "
                                                  + abort.reason() + ")");
        }
        return incoming;
    }

    private AssociationAbortedException unexpected(Pdu pdu) {
        LOG.warn("{}: unexpected {} in {}", name, describe(pdu), stateMachine.state());
        perform(stateMachine.fire(eventOf(pdu)), AAbort.Reason.UNEXPECTED_PDU);
        return new AssociationAbortedException("association aborted: unexpected " + describe(pdu));
    }

    private AssociationAbortedException dimseTimeout() {
        if (abortRequested) {
            return transportClosed("association aborted by local stop");
        }
        LOG.warn("{}: no data from peer within the DIMSE timeout of {} s", name, config.dimseTimeout().toSeconds());
        perform(stateMachine.fire(Event.Evt15), AAbort.Reason.REASON_NOT_SPECIFIED);
        return new AssociationAbortedException("association aborted: DIMSE timeout");
    }

    private AssociationAbortedException transportClosed(String why) {
        perform(stateMachine.fire(Event.Evt17), null);
        return new AssociationAbortedException(why);
    }

    /** Carries out the side effects of an action whose state change {@link StateMachine#fire} already made. */
    private void perform(Action action, AAbort.Reason reason) {
        LOG.trace("{}: {} -> {}", name, action, stateMachine.state());
        switch (action) {
            case AE_5 -> artim.start();
            case AA_1 -> {
                sendAbort(AAbort.Source.SERVICE_USER, AAbort.Reason.REASON_NOT_SPECIFIED);
                artim.start();
            }
            case AA_2 -> {
                artim.stop();
                closeTransport();
            }
            case AA_3, AA_4 -> closeTransport();
            case AA_5, AR_5 -> artim.stop();
            case AA_7 -> sendAbort(AAbort.Source.SERVICE_PROVIDER, reasonOrDefault(reason));
            case AA_8 -> {
                sendAbort(AAbort.Source.SERVICE_PROVIDER, reasonOrDefault(reason));
                artim.start();
            }
            case AR_4 -> {
                try {
                    writer.write(new AReleaseRp());
                    LOG.info("{}: >> A-RELEASE-RP", name);
                } catch (IOException e) {
                    LOG.info("{}: A-RELEASE-RP not sent: {}", name, e.toString());
                }
                artim.start();
            }
            case AA_6, DT_1, DT_2, AR_2 -> {
                // No side effect beyond the state change: the PDU is ignored or delivered by the caller.
            }
            default -> throw new IllegalStateException("acceptor cannot perform " + action);
        }
    }

    private static AAbort.Reason reasonOrDefault(AAbort.Reason reason) {
        return reason != null ? reason : AAbort.Reason.REASON_NOT_SPECIFIED;
    }

    private void sendAbort(AAbort.Source source, AAbort.Reason reason) {
        try {
            writer.write(new AAbort(source, reason));
            LOG.info("{}: >> A-ABORT ({}, {})", name, source, reason);
        } catch (IOException e) {
            LOG.info("{}: A-ABORT not sent, transport already gone: {}", name, e.toString());
        }
    }

    private long readTimeout() {
        if (artim.isRunning()) {
            long remaining = artim.remainingMillis();
            return remaining == 0 ? TimedSocketInputStream.EXPIRED : remaining;
        }
        return config.dimseTimeout().toMillis();
    }

    private void readCommandFragment(ByteArrayOutputStream command, int length) throws IOException {
        byte[] buf = new byte[length];
        int off = 0;
        while (off < length) {
            int n = readDataValue(buf, off, length - off);
            off += n;
        }
        command.write(buf, 0, length);
    }

    private void skipPdvValue() throws IOException {
        byte[] scratch = new byte[8192];
        while (reader.pdvRemaining() > 0) {
            reader.readValue(scratch, 0, scratch.length);
        }
    }

    private Object discardUntilClosed() throws IOException {
        byte[] scratch = new byte[8192];
        while (in.read(scratch) >= 0) {
            // Discarded: the association no longer exists.
        }
        return null;
    }

    private void closeTransport() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("{}: closing the socket failed: {}", name, e.toString());
        }
    }

    private static Event eventOf(Object incoming) {
        if (incoming instanceof AAssociateRq) {
            return Event.Evt6;
        } else if (incoming instanceof AAssociateAc) {
            return Event.Evt3;
        } else if (incoming instanceof AAssociateRj) {
            return Event.Evt4;
        } else if (incoming instanceof AReleaseRq) {
            return Event.Evt12;
        } else if (incoming instanceof AReleaseRp) {
            return Event.Evt13;
        } else if (incoming instanceof AAbort) {
            return Event.Evt16;
        }
        return Event.Evt10;
    }

    private static String describe(Object incoming) {
        if (incoming instanceof PduReader.PdvHeader) {
            return "P-DATA-TF";
        }
        return PduNames.of((Pdu) incoming);
    }

    Map<Integer, PresentationContext> contexts() {
        return info.contexts();
    }
}
