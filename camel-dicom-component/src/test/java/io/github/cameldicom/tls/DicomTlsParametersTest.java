package io.github.cameldicom.tls;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.net.ssl.SSLServerSocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Profiles, peer certificate policies and cipher suites, as the server sockets Camel makes from them show them. */
class DicomTlsParametersTest {

    @TempDir
    static Path dir;
    static TestPki pki;
    static CamelContext context;

    @BeforeAll
    static void setUp() {
        pki = TestPki.create(dir);
        context = new DefaultCamelContext();
    }

    @AfterAll
    static void tearDown() throws Exception {
        context.close();
    }

    private static DicomTlsParameters server() {
        return new DicomTlsParameters().keyFile(pki.serverKey.toString())
                .certificateFile(pki.serverCertificate.toString())
                .trustedCertificateFile(pki.caCertificate.toString());
    }

    @Test
    void defaultsAreNonDowngradingBcp195WithRequiredPeerCertificates() throws Exception {
        try (SSLServerSocket socket = serverSocket(server().build())) {
            assertEquals(List.of("TLSv1.3", "TLSv1.2"), List.of(socket.getEnabledProtocols()));
            assertEquals(List.of("TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256", "TLS_AES_128_GCM_SHA256",
                    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
                    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"),
                    List.of(socket.getEnabledCipherSuites()));
            assertTrue(socket.getNeedClientAuth());
            assertTrue(socket.getSSLParameters().getUseCipherSuitesOrder(), "the server's preference decides");
        }
    }

    @Test
    void extendedProfileIsTls12WithEcdsaSuites() throws Exception {
        try (SSLServerSocket socket = serverSocket(server().profile(DicomTlsProfile.BCP195_EX).build())) {
            assertEquals(List.of("TLSv1.2"), List.of(socket.getEnabledProtocols()));
            assertEquals(6, socket.getEnabledCipherSuites().length);
            assertTrue(List.of(socket.getEnabledCipherSuites()).contains("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"));
        }
        DicomTlsException e = assertThrows(DicomTlsException.class,
                () -> server().profile(DicomTlsProfile.BCP195_EX).cipherSuite("TLS_RSA_WITH_AES_128_GCM_SHA256")
                        .build());
        assertTrue(e.getMessage().contains("allows no further cipher suites"), e.getMessage());
    }

    @Test
    void bcp195OffersTheAesSuiteForOlderPeers() throws Exception {
        try (SSLServerSocket socket = serverSocket(server().profile(DicomTlsProfile.BCP195).build())) {
            List<String> suites = List.of(socket.getEnabledCipherSuites());
            assertEquals("TLS_RSA_WITH_AES_128_CBC_SHA", suites.get(suites.size() - 1), suites.toString());
            assertTrue(List.of(socket.getEnabledProtocols()).containsAll(List.of("TLSv1.3", "TLSv1.2")));
        }
    }

    @Test
    void retiredAesProfileIsTls12WithItsSuite() throws Exception {
        try (SSLServerSocket socket = serverSocket(server().profile(DicomTlsProfile.AES).build())) {
            assertEquals(List.of("TLSv1.2"), List.of(socket.getEnabledProtocols()));
            assertEquals(List.of("TLS_RSA_WITH_AES_128_CBC_SHA"), List.of(socket.getEnabledCipherSuites()));
        }
    }

    @ParameterizedTest
    @CsvSource({"NULL_CIPHER, SSL_RSA_WITH_NULL_SHA", "BASIC, SSL_RSA_WITH_3DES_EDE_CBC_SHA"})
    void profilesTheJvmCannotOfferFailClearly(DicomTlsProfile profile, String suite) {
        DicomTlsException e = assertThrows(DicomTlsException.class, () -> server().profile(profile).build());
        assertTrue(e.getMessage().contains("needs cipher suite " + suite), e.getMessage());
        assertTrue(e.getMessage().contains("jdk.tls.disabledAlgorithms"), e.getMessage());
    }

    @Test
    void peerCertificatePolicies() throws Exception {
        try (SSLServerSocket socket = serverSocket(server().peerCertificatePolicy(PeerCertificatePolicy.VERIFY)
                .build())) {
            assertFalse(socket.getNeedClientAuth());
            assertTrue(socket.getWantClientAuth());
        }
        SSLContextParameters ignore = new DicomTlsParameters().keyFile(pki.serverKey.toString())
                .certificateFile(pki.serverCertificate.toString())
                .peerCertificatePolicy(PeerCertificatePolicy.IGNORE).build();
        assertNull(ignore.getTrustManagers(), "nothing to trust when no peer certificate is asked for");
        try (SSLServerSocket socket = serverSocket(ignore)) {
            assertFalse(socket.getNeedClientAuth());
            assertFalse(socket.getWantClientAuth());
        }
        DicomTlsException e = assertThrows(DicomTlsException.class, () -> new DicomTlsParameters()
                .keyFile(pki.serverKey.toString()).certificateFile(pki.serverCertificate.toString()).build());
        assertTrue(e.getMessage().contains("no trusted certificate was given"), e.getMessage());
    }

    @Test
    void trustedCertificateDirectory() throws Exception {
        Path cas = Files.createDirectories(dir.resolve("trusted"));
        Files.copy(pki.caCertificate, cas.resolve("ca.pem"));
        new DicomTlsParameters().keyFile(pki.serverKey.toString()).certificateFile(pki.serverCertificate.toString())
                .trustedCertificateDirectories(cas.toString()).build();
    }

    @Test
    void cipherSuitesByIanaOrOpensslName() throws Exception {
        try (SSLServerSocket socket = serverSocket(server()
                .cipherSuites("ECDHE-RSA-AES256-SHA384:TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256")
                .cipherSuite("ECDHE-RSA-AES256-GCM-SHA384").build())) {
            List<String> suites = List.of(socket.getEnabledCipherSuites());
            assertEquals(List.of("TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
                    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"), suites.subList(suites.size() - 2, suites.size()),
                    "added after the profile's own; a suite already there is not repeated");
        }
        assertCipherSuiteError("NO-SUCH-SUITE", "unknown cipher suite 'NO-SUCH-SUITE'");
        assertCipherSuiteError("NULL-SHA", "unencrypted cipher suite NULL-SHA (+cs) is not allowed");
        assertCipherSuiteError("TLS_RSA_WITH_CAMELLIA_128_CBC_SHA", "is not offered by this Java runtime");
    }

    @Test
    void keyNotMatchingTheCertificateNamesBothFiles() {
        DicomTlsException e = assertThrows(DicomTlsException.class, () -> new DicomTlsParameters()
                .keyFile(pki.clientKey.toString()).certificateFile(pki.serverCertificate.toString())
                .peerCertificatePolicy(PeerCertificatePolicy.IGNORE).build());
        assertTrue(e.getMessage().contains(pki.clientKey.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(pki.serverCertificate.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("does not belong to the certificate"), e.getMessage());

        DicomTlsException ecKey = assertThrows(DicomTlsException.class, () -> new DicomTlsParameters()
                .keyFile(pki.ecServerKey.toString()).certificateFile(pki.serverCertificate.toString())
                .peerCertificatePolicy(PeerCertificatePolicy.IGNORE).build());
        assertTrue(ecKey.getMessage().contains("(EC) does not belong"), ecKey.getMessage());
    }

    @Test
    void missingFilesAndOptions() {
        DicomTlsException noFiles = assertThrows(DicomTlsException.class, () -> new DicomTlsParameters().build());
        assertTrue(noFiles.getMessage().contains("+tls KEYFILE CERTFILE"), noFiles.getMessage());
        DicomTlsException missingCa = assertThrows(DicomTlsException.class, () -> server()
                .trustedCertificateFile(dir.resolve("missing-ca.crt").toString()).build());
        assertEquals("trusted certificate file " + dir.resolve("missing-ca.crt") + " does not exist",
                missingCa.getMessage());
    }

    @Test
    void profileAndPolicyNames() {
        assertEquals(DicomTlsProfile.BCP195_ND, DicomTlsProfile.of("bcp195-nd"));
        assertEquals(DicomTlsProfile.BCP195_EX, DicomTlsProfile.of("BCP195_EX"));
        assertEquals(DicomTlsProfile.NULL_CIPHER, DicomTlsProfile.of("null"));
        assertEquals(DicomTlsProfile.AES, DicomTlsProfile.of("aes"));
        assertThrows(IllegalArgumentException.class, () -> DicomTlsProfile.of("tls"));
        assertEquals(PeerCertificatePolicy.VERIFY, PeerCertificatePolicy.of("verify"));
        assertThrows(IllegalArgumentException.class, () -> PeerCertificatePolicy.of("maybe"));
    }

    private static void assertCipherSuiteError(String suite, String expected) {
        DicomTlsException e = assertThrows(DicomTlsException.class, () -> server().cipherSuite(suite).build());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static SSLServerSocket serverSocket(SSLContextParameters parameters) throws Exception {
        return (SSLServerSocket) parameters.createSSLContext(context).getServerSocketFactory().createServerSocket();
    }
}
