package io.github.cameldicom.net;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLServerSocket;

/**
 * Listens on a TCP (or TLS) port and serves each association on its own thread from a bounded pool. Above
 * {@link AcceptorConfig#maxAssociations()} an association is still read, but answered with A-ASSOCIATE-RJ
 * (transient, local limit exceeded), so the peer learns why (PS3.8 §7.1.1.9).
 */
public final class Acceptor implements Closeable {

    /**
     * Threads beyond the association limit, for reading and rejecting requests over the limit; with these taken too,
     * further connections are closed at once.
     */
    public static final int REJECT_RESERVE = 4;

    private static final Logger LOG = LoggerFactory.getLogger(Acceptor.class);

    private final AcceptorConfig config;
    private final AssociationService service;
    private final ExecutorService executor;
    private final Executor acceptLoopExecutor;
    private final Semaphore permits;
    private final AcceptorStatistics statistics = new AcceptorStatistics();
    private final Set<Association> running = ConcurrentHashMap.newKeySet();
    private final AtomicLong serials = new AtomicLong();
    private final Object idle = new Object();
    private volatile ServerSocket serverSocket;
    private CountDownLatch acceptLoopDone;

    /**
     * An acceptor whose accept loop runs on a thread of its own.
     *
     * @param executor runs associations; it should allow {@code maxAssociations + REJECT_RESERVE} threads and
     *                 reject beyond that, as {@link #newAssociationExecutor(int)} does
     */
    public Acceptor(AcceptorConfig config, AssociationService service, ExecutorService executor) {
        this(config, service, executor, loop -> new Thread(loop, "dicom-acceptor").start());
    }

    /**
     * @param executor           runs associations, as above
     * @param acceptLoopExecutor runs the accept loop, once per {@link #bind}; the loop runs until
     *                           {@link #stopListening()}
     */
    public Acceptor(AcceptorConfig config, AssociationService service, ExecutorService executor,
                    Executor acceptLoopExecutor) {
        this.config = config;
        this.service = service;
        this.executor = executor;
        this.acceptLoopExecutor = acceptLoopExecutor;
        this.permits = new Semaphore(config.maxAssociations());
    }

    /** A pool sized for an acceptor: one thread per association plus the reject reserve, no queue. */
    public static ExecutorService newAssociationExecutor(int maxAssociations) {
        return new ThreadPoolExecutor(0, maxAssociations + REJECT_RESERVE, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>());
    }

    /** Opens the server socket and starts accepting connections. */
    public synchronized void bind(InetSocketAddress address) throws IOException {
        if (serverSocket != null) {
            throw new IllegalStateException("already listening on " + serverSocket.getLocalSocketAddress());
        }
        ServerSocket ss = config.serverSocketFactory().createServerSocket();
        try {
            ss.setReuseAddress(true);
            if (config.socketBufferSize() > 0) {
                // Set before bind so that the TCP window scale is negotiated for the accepted sockets.
                ss.setReceiveBufferSize(config.socketBufferSize());
            }
            ss.bind(address, 128);
        } catch (IOException e) {
            ss.close();
            throw e;
        }
        serverSocket = ss;
        CountDownLatch done = new CountDownLatch(1);
        acceptLoopDone = done;
        acceptLoopExecutor.execute(() -> {
            try {
                acceptLoop(ss);
            } finally {
                done.countDown();
            }
        });
        LOG.info("{} listening on {}{}", config.aeTitle(), ss.getLocalSocketAddress(),
                ss instanceof SSLServerSocket ? " (DICOM TLS)" : "");
    }

    /** The bound port, or -1 when not listening. */
    public int localPort() {
        ServerSocket ss = serverSocket;
        return ss != null ? ss.getLocalPort() : -1;
    }

    public boolean isListening() {
        ServerSocket ss = serverSocket;
        return ss != null && !ss.isClosed();
    }

    /** Stops accepting connections; associations already running go on. */
    public synchronized void stopListening() {
        ServerSocket ss = serverSocket;
        serverSocket = null;
        if (ss != null) {
            try {
                ss.close();
            } catch (IOException e) {
                LOG.warn("closing server socket {} failed: {}", ss.getLocalSocketAddress(), e.toString());
            }
            LOG.info("{} stopped listening on {}", config.aeTitle(), ss.getLocalSocketAddress());
        }
        CountDownLatch done = acceptLoopDone;
        acceptLoopDone = null;
        if (done != null) {
            try {
                if (!done.await(5, TimeUnit.SECONDS)) {
                    LOG.warn("accept loop did not end within 5 s of closing the server socket");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits until no association is running, at most {@code timeout}; returns whether none is. */
    public boolean awaitAssociations(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (!running.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(idle, left);
            }
        }
        return true;
    }

    /** Aborts every running association (A-ABORT, then close). */
    public void abortAssociations() {
        for (Association association : running) {
            association.abort();
        }
    }

    /** Associations running now. */
    public int activeAssociations() {
        return running.size();
    }

    public AcceptorStatistics statistics() {
        return statistics;
    }

    /** Stops listening and aborts what is still running. */
    @Override
    public void close() {
        stopListening();
        abortAssociations();
    }

    private void acceptLoop(ServerSocket ss) {
        while (!ss.isClosed()) {
            Socket socket;
            try {
                socket = ss.accept();
            } catch (SocketException e) {
                if (!ss.isClosed()) {
                    LOG.error("accepting on {} failed: {}", ss.getLocalSocketAddress(), e.toString());
                }
                return;
            } catch (IOException e) {
                LOG.error("accepting on {} failed: {}", ss.getLocalSocketAddress(), e.toString());
                continue;
            }
            statistics.connection();
            dispatch(socket);
        }
    }

    private void dispatch(Socket socket) {
        boolean withinLimit = permits.tryAcquire();
        long serial = serials.incrementAndGet();
        Association association = new Association(socket, serial, config, service, !withinLimit, statistics,
                a -> finished(a, withinLimit));
        running.add(association);
        try {
            executor.execute(association);
        } catch (RejectedExecutionException e) {
            LOG.warn("#{} {}: no thread left to serve or reject the association, closing the connection", serial,
                    socket.getRemoteSocketAddress());
            statistics.refusedConnection();
            try {
                socket.close();
            } catch (IOException closeFailure) {
                LOG.debug("#{}: closing refused connection failed: {}", serial, closeFailure.toString());
            }
            finished(association, withinLimit);
        }
    }

    private void finished(Association association, boolean heldPermit) {
        if (heldPermit) {
            permits.release();
        }
        running.remove(association);
        synchronized (idle) {
            idle.notifyAll();
        }
    }
}
