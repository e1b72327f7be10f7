package io.github.cameldicom.tls;

import io.github.cameldicom.DicomConsumer;
import io.github.cameldicom.net.Association;
import io.github.cameldicom.testing.LogRecorder;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stopping the route while a peer sits in the TLS handshake ends that handshake at once. */
class TlsStopTest extends CamelTestSupport {

    @TempDir
    static Path dir;
    static TestPki pki;

    @BeforeAll
    static void makePki() {
        pki = TestPki.create(dir);
    }

    @Override
    protected void bindToRegistry(Registry registry) throws Exception {
        registry.bind("tls", new DicomTlsParameters().keyFile(pki.serverKey.toString())
                .certificateFile(pki.serverCertificate.toString())
                .trustedCertificateFile(pki.caCertificate.toString()).build());
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("dicom:127.0.0.1:0?sslContextParameters=#tls&acseTimeout=60000"
                     + "&gracefulStopTimeout=500").routeId("tls").to("mock:received");
            }
        };
    }

    @Test
    void stopEndsAHandshakeInProgress() throws Exception {
        try (LogRecorder log = new LogRecorder(Association.class, Level.INFO);
             Socket silent = new Socket()) {
            silent.connect(new InetSocketAddress("127.0.0.1", BoundPorts.of(context, "tls")), 5000);
            DicomConsumer consumer = (DicomConsumer) context.getRoute("tls").getConsumer();
            await().atMost(Duration.ofSeconds(10)).until(() -> consumer.getActiveAssociations() == 1);
            long start = System.nanoTime();
            context.getRouteController().stopRoute("tls", 10, TimeUnit.SECONDS);
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(elapsed < 5000, "stopping took " + elapsed + " ms");
            await().atMost(Duration.ofSeconds(5)).until(() -> !log.containing("TLS handshake ended by local stop")
                    .isEmpty());
            assertTrue(consumer.getActiveAssociations() == 0);
        }
    }
}
