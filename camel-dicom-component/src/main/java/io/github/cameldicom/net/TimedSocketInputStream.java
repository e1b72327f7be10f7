package io.github.cameldicom.net;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.function.LongSupplier;

/**
 * The socket's input with a read timeout recomputed before every read, so that the ARTIM deadline holds however
 * slowly the peer trickles bytes, and the DIMSE timeout bounds every wait for the peer in Sta6.
 */
final class TimedSocketInputStream extends InputStream {

    /** Returned by the timeout supplier when the deadline has already passed. */
    static final long EXPIRED = -1;

    private final Socket socket;
    private final InputStream in;
    private final LongSupplier timeoutMillis;
    /** The SO_TIMEOUT last set; -1 before the first read. */
    private int armed = -1;

    /**
     * @param timeoutMillis the timeout for the next read: 0 waits forever, {@link #EXPIRED} fails at once
     */
    TimedSocketInputStream(Socket socket, LongSupplier timeoutMillis) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public int read() throws IOException {
        arm();
        return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        arm();
        return in.read(b, off, len);
    }

    @Override
    public int available() throws IOException {
        return in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void arm() throws IOException {
        long timeout = timeoutMillis.getAsLong();
        if (timeout == EXPIRED) {
            throw new SocketTimeoutException("deadline passed");
        }
        int soTimeout = (int) Math.min(Integer.MAX_VALUE, timeout);
        // In Sta6 the timeout stays the same read after read; setting it takes the socket's lock every time.
        if (soTimeout != armed) {
            socket.setSoTimeout(soTimeout);
            armed = soTimeout;
        }
    }
}
