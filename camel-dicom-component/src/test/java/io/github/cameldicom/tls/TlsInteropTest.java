package io.github.cameldicom.tls;

import io.github.cameldicom.DicomConstants;
import io.github.cameldicom.net.Association;
import io.github.cameldicom.testing.Dcmtk;
import io.github.cameldicom.testing.LogRecorder;
import io.github.cameldicom.testing.Samples;
import io.github.cameldicom.testing.StoreScu;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DICOM TLS end to end: {@code dicom:} routes whose sslContextParameters come from {@link DicomTlsParameters}, and
 * DCMTK's echoscu and storescu with {@code +tls}, openssl s_client and raw sockets as the peers.
 */
class TlsInteropTest extends CamelTestSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final long ACSE_TIMEOUT_MS = 2000;

    @TempDir
    static Path pkiDir;
    static TestPki pki;


    @BeforeAll
    static void makePki() {
        pki = TestPki.create(pkiDir);
    }

    @Override
    protected void bindToRegistry(Registry registry) throws Exception {
        registry.bind("tls", new DicomTlsParameters()
                .keyFile(pki.serverKey.toString())
                .certificateFile(pki.serverCertificate.toString())
                .trustedCertificateFile(pki.caCertificate.toString())
                .build());
        registry.bind("tlsAes", new DicomTlsParameters()
                .keyFile(pki.serverKey.toString())
                .certificateFile(pki.serverCertificate.toString())
                .peerCertificatePolicy(PeerCertificatePolicy.IGNORE)
                .profile(DicomTlsProfile.AES)
                .build());
        registry.bind("tlsEc", new DicomTlsParameters()
                .keyFile(pki.ecServerKey.toString())
                .certificateFile(pki.ecServerCertificate.toString())
                .trustedCertificateFile(pki.caCertificate.toString())
                .profile(DicomTlsProfile.BCP195_EX)
                .build());
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                String options = "?aeTitle=TLSSCP&hostnameLookup=false&acseTimeout=" + ACSE_TIMEOUT_MS;
                from("dicom:127.0.0.1:0" + options + "&sslContextParameters=#tls").routeId("tls").to("mock:received");
                from("dicom:127.0.0.1:0" + options + "&sslContextParameters=#tlsAes").routeId("tlsAes").to("mock:aes");
                from("dicom:127.0.0.1:0" + options + "&sslContextParameters=#tlsEc").routeId("tlsEc").to("mock:ec");
            }
        };
    }

    @Test
    void echoWithClientCertificate() {
        try (LogRecorder log = new LogRecorder(Association.class, Level.INFO)) {
            Dcmtk.Result r = echo(port(), "+tls", path(pki.clientKey), path(pki.clientCertificate), "+cf",
                    path(pki.caCertificate));
            r.assertSuccess();
            assertTrue(r.output().contains("Received Echo Response (Success)"), r.output());
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> !log.containing("peer certificate: 'CN=DICOM TLS test client'").isEmpty());
        }
    }

    @Test
    void storeWithClientCertificate() throws Exception {
        MockEndpoint received = getMockEndpoint("mock:received");
        received.expectedMessageCount(1);
        received.expectedHeaderReceived(DicomConstants.SOP_INSTANCE_UID,
                "1.3.6.1.4.1.5962.1.1.1.1.1.20040119072730.12322");
        received.expectedHeaderReceived(DicomConstants.CALLING_AE_TITLE, "TLSSCU");
        Dcmtk.Result r = StoreScu.send(TIMEOUT, port(), List.of("-v", "-aet", "TLSSCU", "-aec", "TLSSCP", "+tls",
                path(pki.clientKey), path(pki.clientCertificate), "+cf", path(pki.caCertificate)),
                List.of(Samples.pydicom("CT_small.dcm")));
        r.assertSuccess();
        assertTrue(r.output().contains("Received Store Response (Success)"), r.output());
        received.assertIsSatisfied(TimeUnit.SECONDS.toMillis(10));
    }

    @Test
    void clientWithoutCertificateIsRefused() {
        try (LogRecorder log = new LogRecorder(Association.class, Level.WARN)) {
            // +tla: TLS without a client certificate.
            Dcmtk.Result r = echo(port(), "+tla", "+cf", path(pki.caCertificate));
            assertNotEquals(0, r.exitCode(), r.output());
            await().atMost(Duration.ofSeconds(10)).until(() -> !log.containing("TLS handshake failed").isEmpty());
            assertEquals(1, log.containing("TLS handshake").size(), log.messages().toString());
        }
        echoWithClientCertificate();
    }

    @Test
    void untrustedClientCertificateIsRefused() {
        try (LogRecorder log = new LogRecorder(Association.class, Level.WARN)) {
            Dcmtk.Result r = echo(port(), "+tls", path(pki.rogueClientKey), path(pki.rogueClientCertificate), "+cf",
                    path(pki.caCertificate));
            assertNotEquals(0, r.exitCode(), r.output());
            await().atMost(Duration.ofSeconds(10)).until(() -> !log.containing("TLS handshake failed").isEmpty());
            assertTrue(log.messages().get(0).contains("certification path"), log.messages().toString());
        }
    }

    @Test
    void plainTcpClientFailsAndDoesNotWedgeTheReceiver() {
        try (LogRecorder log = new LogRecorder(Association.class, Level.WARN)) {
            Dcmtk.Result plain = echo(port());
            assertNotEquals(0, plain.exitCode(), plain.output());
            await().atMost(Duration.ofSeconds(10)).until(() -> !log.containing("TLS handshake failed").isEmpty());
        }
        echoWithClientCertificate();
    }

    @Test
    void clientLimitedToTls11IsRefused() {
        try (LogRecorder log = new LogRecorder(Association.class, Level.WARN)) {
            // SECLEVEL=0 lets OpenSSL 3 itself speak TLS 1.1, so that the refusal is the receiver's.
            OpenSsl.Result r = OpenSsl.exec(pkiDir, TIMEOUT, "s_client", "-connect", "127.0.0.1:" + port(),
                    "-tls1_1", "-cipher", "DEFAULT:@SECLEVEL=0", "-cert", path(pki.clientCertificate), "-key",
                    path(pki.clientKey), "-CAfile", path(pki.caCertificate));
            assertNotEquals(0, r.exitCode(), r.output());
            assertTrue(r.output().contains("protocol version"), r.output());
            await().atMost(Duration.ofSeconds(10)).until(() -> !log.containing("TLS handshake failed").isEmpty());
            assertTrue(log.messages().get(0).contains("TLSv1.1"), log.messages().toString());
        }
        echoWithClientCertificate();
    }

    @Test
    void retiredAesProfileClientNeedsAnAesReceiver() {
        // echoscu +pa offers TLS_RSA_WITH_AES_128_CBC_SHA only: no suite in common with bcp195-nd.
        Dcmtk.Result refused = echo(port(), "+pa", "+tls", path(pki.clientKey), path(pki.clientCertificate), "+cf",
                path(pki.caCertificate));
        assertNotEquals(0, refused.exitCode(), refused.output());
        try (LogRecorder log = new LogRecorder(Association.class, Level.INFO)) {
            Dcmtk.Result r = echo(aesPort(), "+pa", "+tla", "+cf", path(pki.caCertificate));
            r.assertSuccess();
            await().atMost(Duration.ofSeconds(10)).until(() -> !log.containing("TLS TLSv1.2").isEmpty());
            assertTrue(log.containing("TLS TLSv1.2").get(0).contains("TLS_RSA_WITH_AES_128_CBC_SHA, peer "
                                                                        + "certificate: none"), log.messages().toString());
        }
    }

    @Test
    void ecKeyWithExtendedProfile() {
        try (LogRecorder log = new LogRecorder(Association.class, Level.INFO)) {
            Dcmtk.Result r = echo(ecPort(), "+pz", "+tls", path(pki.clientKey), path(pki.clientCertificate), "+cf",
                    path(pki.caCertificate));
            r.assertSuccess();
            await().atMost(Duration.ofSeconds(10)).until(() -> !log.containing("TLS TLSv1.2").isEmpty());
            String line = log.containing("TLS TLSv1.2").get(0);
            assertTrue(line.contains("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"), line);
            assertTrue(line.contains("CN=DICOM TLS test client"), line);
        }
    }

    @Test
    void silentClientIsDroppedWithinTheAcseTimeout() throws Exception {
        try (LogRecorder log = new LogRecorder(Association.class, Level.WARN);
             Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port()), 5000);
            long start = System.nanoTime();
            socket.setSoTimeout((int) (ACSE_TIMEOUT_MS + 5000));
            assertClosedByPeer(socket.getInputStream());
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(elapsed >= ACSE_TIMEOUT_MS - 500 && elapsed < ACSE_TIMEOUT_MS + 3000, elapsed + " ms");
            await().atMost(Duration.ofSeconds(5)).until(() -> !log.containing("no TLS handshake").isEmpty());
            assertEquals(1, log.messages().size(), log.messages().toString());
        }
        echoWithClientCertificate();
    }

    @Test
    void tricklingHandshakeIsDroppedWithinTheAcseTimeout() throws Exception {
        try (LogRecorder log = new LogRecorder(Association.class, Level.WARN);
             Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port()), 5000);
            long start = System.nanoTime();
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            // A TLS handshake record header announcing 512 bytes, then one byte every 250 ms: each byte arrives well
            // within the socket timeout, so only the overall ACSE deadline can end it.
            out.write(new byte[] {0x16, 0x03, 0x01, 0x02, 0x00});
            socket.setSoTimeout(250);
            List<String> events = new ArrayList<>();
            boolean closed = false;
            while (!closed && TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < ACSE_TIMEOUT_MS + 5000) {
                try {
                    closed = in.read() < 0;
                } catch (SocketTimeoutException e) {
                    try {
                        out.write(0x01);
                        out.flush();
                    } catch (IOException writeFailed) {
                        events.add(writeFailed.toString());
                        closed = true;
                    }
                } catch (SocketException e) {
                    events.add(e.toString());
                    closed = true;
                }
            }
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(closed, "still open after " + elapsed + " ms");
            assertTrue(elapsed < ACSE_TIMEOUT_MS + 3000, elapsed + " ms " + events);
            await().atMost(Duration.ofSeconds(5)).until(() -> !log.containing("no TLS handshake").isEmpty());
            assertEquals(1, log.messages().size(), log.messages().toString());
        }
        echoWithClientCertificate();
    }

    @Test
    void tricklingAssociateRqOverTlsIsDroppedWithinTheAcseTimeout() throws Exception {
        SSLSocketFactory clientFactory = new DicomTlsParameters().keyFile(pki.clientKey.toString())
                .certificateFile(pki.clientCertificate.toString())
                .trustedCertificateFile(pki.caCertificate.toString()).build().createSSLContext(context)
                .getSocketFactory();
        try (LogRecorder log = new LogRecorder(Association.class, Level.INFO);
             TrickleProxy proxy = new TrickleProxy(port());
             SSLSocket client = (SSLSocket) clientFactory.createSocket("127.0.0.1", proxy.port())) {
            long start = System.nanoTime();
            client.startHandshake();
            // The client is done before its last flight reaches the receiver: wait for the receiver's side.
            await().atMost(Duration.ofSeconds(5)).until(() -> !log.containing("peer certificate").isEmpty());
            // From now on the proxy passes the client's bytes on one every 250 ms: the TLS record holding the
            // A-ASSOCIATE-RQ arrives within every read timeout, so only the ARTIM deadline can end it.
            proxy.trickle();
            client.getOutputStream().write(new byte[300]);
            client.getOutputStream().flush();
            assertTrue(proxy.awaitServerClosed(Duration.ofMillis(ACSE_TIMEOUT_MS + 5000)), "still open");
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(elapsed < ACSE_TIMEOUT_MS + 3000, elapsed + " ms");
            await().atMost(Duration.ofSeconds(5)).until(() -> !log.containing("no A-ASSOCIATE-RQ within").isEmpty());
        }
        echoWithClientCertificate();
    }

    /** Reads until the receiver closes the connection; a TLS alert (content type 21) may come first. */
    private static void assertClosedByPeer(InputStream in) throws IOException {
        try {
            byte[] alert = in.readNBytes(64);
            assertTrue(alert.length == 0 || alert[0] == 21, "not a TLS alert: " + alert.length + " bytes");
            assertEquals(-1, in.read());
        } catch (SocketException reset) {
            // A reset is the peer closing too: the JDK closes a socket with unread data that way.
        }
    }

    /** Route tls: bcp195-nd, RSA key, client certificates required; it binds a port of the system's choice. */
    private int port() {
        return BoundPorts.of(context, "tls");
    }

    /** Route tlsAes: the retired AES profile, client certificates ignored. */
    private int aesPort() {
        return BoundPorts.of(context, "tlsAes");
    }

    /** Route tlsEc: bcp195-ex with an EC (P-256) key, client certificates required. */
    private int ecPort() {
        return BoundPorts.of(context, "tlsEc");
    }

    private static Dcmtk.Result echo(int port, String... tlsOptions) {
        List<String> args = new ArrayList<>(List.of("-v", "-aet", "TLSSCU", "-aec", "TLSSCP"));
        args.addAll(List.of(tlsOptions));
        args.addAll(List.of("127.0.0.1", Integer.toString(port)));
        return Dcmtk.run(TIMEOUT, "echoscu", args.toArray(String[]::new));
    }

    private static String path(Path file) {
        return file.toString();
    }
}
