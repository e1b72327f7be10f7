package io.github.cameldicom.net;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every read runs under the timeout the supplier gives for it, set on the socket only when it changes. */
@Timeout(10)
class TimedSocketInputStreamTest {

    private ServerSocket server;
    private Socket peer;
    private Socket accepted;

    @BeforeEach
    void connect() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        peer = new Socket(server.getInetAddress(), server.getLocalPort());
        accepted = server.accept();
    }

    @AfterEach
    void close() throws IOException {
        accepted.close();
        peer.close();
        server.close();
    }

    @Test
    void eachReadGetsTheCurrentTimeout() throws IOException {
        send(1, 2, 3, 4);
        Deque<Long> timeouts = new ArrayDeque<>(List.of(500L, 500L, 0L, 250L));
        TimedSocketInputStream in = new TimedSocketInputStream(accepted, timeouts::removeFirst);
        byte[] two = new byte[2];

        assertEquals(1, in.read());
        assertEquals(500, accepted.getSoTimeout());
        assertEquals(2, in.read());
        assertEquals(500, accepted.getSoTimeout());
        assertEquals(1, in.read(two, 0, 1));
        assertEquals(3, two[0]);
        assertEquals(0, accepted.getSoTimeout());
        assertEquals(1, in.read(two, 1, 1));
        assertEquals(4, two[1]);
        assertEquals(250, accepted.getSoTimeout());
    }

    @Test
    void aDeadlineThatPassedFailsWithoutReading() throws IOException {
        send(7);
        Deque<Long> timeouts = new ArrayDeque<>(List.of(TimedSocketInputStream.EXPIRED, 0L));
        TimedSocketInputStream in = new TimedSocketInputStream(accepted, timeouts::removeFirst);

        assertThrows(SocketTimeoutException.class, in::read);
        assertEquals(7, in.read());
    }

    @Test
    void aSilentPeerTimesOut() throws IOException {
        TimedSocketInputStream in = new TimedSocketInputStream(accepted, () -> 100L);

        assertThrows(SocketTimeoutException.class, in::read);
        assertThrows(SocketTimeoutException.class, in::read);
    }

    private void send(int... bytes) throws IOException {
        OutputStream out = peer.getOutputStream();
        for (int b : bytes) {
            out.write(b);
        }
        out.flush();
    }
}
