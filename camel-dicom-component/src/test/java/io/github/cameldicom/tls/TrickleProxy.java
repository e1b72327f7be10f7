package io.github.cameldicom.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A TCP proxy in front of the receiver that passes everything on at once until told to trickle: from then on the
 * client's bytes go on one every 250 ms, below the TLS record layer, where no read timeout can see the delay.
 */
final class TrickleProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int serverPort;
    private final CountDownLatch serverClosed = new CountDownLatch(1);
    private volatile boolean trickle;
    private volatile Socket client;
    private volatile Socket server;

    TrickleProxy(int serverPort) throws IOException {
        this.serverPort = serverPort;
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::run, "trickle-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    void trickle() {
        trickle = true;
    }

    /** Whether the receiver closed its side within {@code timeout}. */
    boolean awaitServerClosed(Duration timeout) throws InterruptedException {
        return serverClosed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run() {
        try {
            client = listener.accept();
            server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
            Thread down = new Thread(() -> pump(server, client, false), "trickle-proxy-down");
            down.setDaemon(true);
            down.start();
            pump(client, server, true);
        } catch (IOException e) {
            // The test closed the proxy, or the receiver the connection; both end the proxy.
            serverClosed.countDown();
        }
    }

    private void pump(Socket from, Socket to, boolean upstream) {
        byte[] buffer = new byte[16 * 1024];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                for (int i = 0; i < n; i++) {
                    if (upstream && trickle) {
                        out.write(buffer[i]);
                        out.flush();
                        TimeUnit.MILLISECONDS.sleep(250);
                    } else {
                        out.write(buffer, i, n - i);
                        out.flush();
                        break;
                    }
                }
            }
        } catch (IOException e) {
            // A broken pipe towards the receiver means it closed the connection.
            serverClosed.countDown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!upstream) {
                serverClosed.countDown();
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
