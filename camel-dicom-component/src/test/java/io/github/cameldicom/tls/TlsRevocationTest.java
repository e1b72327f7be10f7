package io.github.cameldicom.tls;

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

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Client certificates checked against certificate revocation lists (dcmrecv {@code +crl}, {@code +crv},
 * {@code +cra}), end to end with DCMTK's echoscu and storescu presenting a certificate in good standing and a revoked
 * one, each with its intermediate CA (see {@link TestPki#createWithRevocation}). The receivers trust the root CA only.
 */
class TlsRevocationTest extends CamelTestSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    static Path pkiDir;
    static TestPki pki;

    @BeforeAll
    static void makePki() {
        pki = TestPki.createWithRevocation(pkiDir);
    }

    @Override
    protected void bindToRegistry(Registry registry) throws Exception {
        // +crl missing.crl +crl crl-sub.crl: the unreadable file is skipped with dcmrecv's warning
        try (LogRecorder log = new LogRecorder(DicomTlsParameters.class, Level.WARN)) {
            registry.bind("leaf", receiver().crlFile(pki.file("missing.crl").toString())
                    .crlFile(pki.file("crl-sub.crl").toString()).build());
            assertEquals(List.of("WARN unable to load CRL file '" + pki.file("missing.crl") + "', ignoring"),
                    log.messages());
        }
        // +crv with the root's CRL only: nothing says whether the clients' certificates are revoked
        registry.bind("leafWithoutItsCrl", receiver().crlFile(pki.file("crl-root.crl").toString())
                .crlVerification(CrlVerification.LEAF).build());
        // +crv: the intermediate is revoked, but only the client's own certificate is checked
        registry.bind("leafIntermediateRevoked", receiver().crlFiles(pki.file("crl-sub.crl") + ","
                                                                      + pki.file("crl-root-revoking-sub.crl"))
                .crlVerification(CrlVerification.LEAF).build());
        // +cra: every certificate below the root
        registry.bind("all", receiver().crlFiles(pki.file("crl-sub.crl") + "," + pki.file("crl-root.crl"))
                .crlVerification(CrlVerification.ALL).build());
        registry.bind("allIntermediateRevoked", receiver().crlFiles(pki.file("crl-sub.crl") + ","
                                                                     + pki.file("crl-root-revoking-sub.crl"))
                .crlVerification(CrlVerification.ALL).build());
        // +cra without the root's CRL: the intermediate's status is unknown
        registry.bind("allWithoutRootCrl", receiver().crlFile(pki.file("crl-sub.crl").toString())
                .crlVerification(CrlVerification.ALL).build());
        registry.bind("none", receiver().build());
    }

    private static DicomTlsParameters receiver() {
        return new DicomTlsParameters().keyFile(pki.serverKey.toString())
                .certificateFile(pki.serverCertificate.toString())
                .trustedCertificateFile(pki.file("crl-root.crt").toString());
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                for (String name : List.of("leaf", "leafWithoutItsCrl", "leafIntermediateRevoked", "all",
                        "allIntermediateRevoked", "allWithoutRootCrl", "none")) {
                    from("dicom:127.0.0.1:0?aeTitle=CRLSCP&hostnameLookup=false&sslContextParameters=#" + name)
                            .routeId(name).to("mock:" + name);
                }
            }
        };
    }

    @Test
    void leafCheckRefusesTheRevokedClient() throws Exception {
        assertAccepted("leaf", "crl-good");
        assertRefused("leaf", "crl-revoked", "revoked");
        MockEndpoint received = getMockEndpoint("mock:leaf");
        received.expectedMessageCount(1);
        Dcmtk.Result good = StoreScu.send(TIMEOUT, BoundPorts.of(context, "leaf"), tlsOptions("crl-good"),
                List.of(Samples.pydicom("CT_small.dcm")));
        good.assertSuccess();
        Dcmtk.Result revoked = StoreScu.send(TIMEOUT, BoundPorts.of(context, "leaf"), tlsOptions("crl-revoked"),
                List.of(Samples.pydicom("CT_small.dcm")));
        assertNotEquals(0, revoked.exitCode(), revoked.output());
        received.assertIsSatisfied(TimeUnit.SECONDS.toMillis(10));
    }

    @Test
    void withoutCrlChecksTheRevokedClientIsAccepted() {
        assertAccepted("none", "crl-revoked");
    }

    @Test
    void leafCheckWithoutTheIssuersCrlRefusesEveryone() {
        assertRefused("leafWithoutItsCrl", "crl-good", "revocation");
    }

    @Test
    void leafCheckIgnoresARevokedIntermediate() {
        assertAccepted("leafIntermediateRevoked", "crl-good");
        assertRefused("leafIntermediateRevoked", "crl-revoked", "revoked");
    }

    @Test
    void fullChainCheckRefusesTheRevokedClient() {
        assertAccepted("all", "crl-good");
        assertRefused("all", "crl-revoked", "revoked");
    }

    @Test
    void fullChainCheckRefusesARevokedIntermediate() {
        assertRefused("allIntermediateRevoked", "crl-good", "revoked");
    }

    @Test
    void fullChainCheckWithoutTheRootsCrlRefusesEveryone() {
        assertRefused("allWithoutRootCrl", "crl-good", "revocation");
    }

    private void assertAccepted(String route, String client) {
        Dcmtk.Result r = echo(route, client);
        r.assertSuccess();
        assertTrue(r.output().contains("Received Echo Response (Success)"), r.output());
    }

    /** The handshake fails, and the receiver logs why: a message that contains {@code reason}. */
    private void assertRefused(String route, String client, String reason) {
        try (LogRecorder log = new LogRecorder(Association.class, Level.WARN)) {
            Dcmtk.Result r = echo(route, client);
            assertNotEquals(0, r.exitCode(), r.output());
            await().atMost(Duration.ofSeconds(10)).until(() -> !log.containing("TLS handshake failed").isEmpty());
            String line = log.containing("TLS handshake failed").get(0);
            assertTrue(line.toLowerCase(java.util.Locale.ROOT).contains(reason), line);
        }
    }

    private Dcmtk.Result echo(String route, String client) {
        List<String> args = new ArrayList<>(List.of("-v", "-aec", "CRLSCP"));
        args.addAll(tlsOptions(client));
        args.addAll(List.of("127.0.0.1", Integer.toString(BoundPorts.of(context, route))));
        return Dcmtk.run(TIMEOUT, "echoscu", args.toArray(String[]::new));
    }

    private static List<String> tlsOptions(String client) {
        return List.of("+tls", pki.file(client + ".key").toString(), pki.file(client + "-chain.crt").toString(),
                "+cf", pki.caCertificate.toString());
    }
}
