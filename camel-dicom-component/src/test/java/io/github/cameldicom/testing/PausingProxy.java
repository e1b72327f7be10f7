package io.github.cameldicom.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP proxy on 127.0.0.1 for one connection that stops forwarding from client to server after a byte budget, so a
 * test can hold an SCU in the middle of a transfer for as long as it needs, whatever the speed of the machine. The
 * server's answers always pass; when either side closes, so does the other.
 */
public final class PausingProxy implements AutoCloseable {

    private static final long JOIN_MILLIS = 10_000;

    private final ServerSocket server;
    private final int targetPort;
    private final Object lock = new Object();
    private final List<Thread> threads = new ArrayList<>();
    private final List<Socket> sockets = new ArrayList<>();
    private long budget;
    private long forwarded;
    private boolean closed;

    private PausingProxy(int targetPort, long pauseAfter) throws IOException {
        this.server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.budget = pauseAfter;
        start("proxy-accept", this::acceptOne, false);
    }

    /** A proxy to {@code 127.0.0.1:targetPort} that pauses the client after {@code pauseAfter} bytes. */
    public static PausingProxy start(int targetPort, long pauseAfter) throws IOException {
        return new PausingProxy(targetPort, pauseAfter);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Client bytes forwarded to the server so far. */
    public long forwarded() {
        synchronized (lock) {
            return forwarded;
        }
    }

    /** Whether the client's bytes are held: the budget is spent. */
    public boolean isPaused() {
        synchronized (lock) {
            return forwarded >= budget;
        }
    }

    /** Forwards everything from now on. */
    public void resume() {
        synchronized (lock) {
            budget = Long.MAX_VALUE;
            lock.notifyAll();
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        server.close();
        closeSockets();
        List<Thread> started;
        synchronized (lock) {
            started = new ArrayList<>(threads);
        }
        try {
            for (Thread t : started) {
                t.join(JOIN_MILLIS);
                if (t.isAlive()) {
                    throw new IllegalStateException(t.getName() + " still running");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while closing the proxy", e);
        }
    }

    private void acceptOne() {
        try {
            Socket client = server.accept();
            Socket target = new Socket();
            synchronized (lock) {
                sockets.add(client);
                sockets.add(target);
                if (closed) {
                    closeSockets();
                    return;
                }
            }
            target.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 10_000);
            start("proxy-to-server", () -> pump(client.getInputStream(), target.getOutputStream(), true), true);
            start("proxy-to-client", () -> pump(target.getInputStream(), client.getOutputStream(), false), true);
        } catch (IOException e) {
            closeSockets();
        }
    }

    private interface Pump {
        void run() throws IOException;
    }

    /** Runs {@code pump} on a daemon thread; with {@code closeWhenDone}, its end closes both sides. */
    private void start(String name, Pump pump, boolean closeWhenDone) {
        Thread t = new Thread(() -> {
            try {
                pump.run();
            } catch (IOException e) {
                // a side went away: the other is closed below
                closeSockets();
            } finally {
                if (closeWhenDone) {
                    closeSockets();
                }
            }
        }, name);
        t.setDaemon(true);
        synchronized (lock) {
            threads.add(t);
        }
        t.start();
    }

    private void pump(InputStream in, OutputStream out, boolean budgeted) throws IOException {
        byte[] buffer = new byte[65536];
        while (true) {
            int allowed = budgeted ? awaitAllowance(buffer.length) : buffer.length;
            if (allowed <= 0) {
                return;
            }
            int n = in.read(buffer, 0, allowed);
            if (n < 0) {
                return;
            }
            out.write(buffer, 0, n);
            out.flush();
            if (budgeted) {
                synchronized (lock) {
                    forwarded += n;
                }
            }
        }
    }

    /** How many client bytes may pass now; waits while paused, 0 once closed. */
    private int awaitAllowance(int max) {
        synchronized (lock) {
            while (!closed && forwarded >= budget) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 0;
                }
            }
            return closed ? 0 : (int) Math.min(max, budget - forwarded);
        }
    }

    private void closeSockets() {
        List<Socket> open;
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
            open = new ArrayList<>(sockets);
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
