package io.github.cameldicom.tls;

import io.github.cameldicom.testing.LogRecorder;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * dcmrecv {@code +dp}: parameters that are an RFC 7919 group limit DHE to that group, which openssl s_client sees as
 * the server's temporary key; other parameters, and files that cannot be read, leave the runtime's groups in use,
 * with a warning.
 */
class TlsDhParametersTest extends CamelTestSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    static Path pkiDir;
    static TestPki pki;

    @BeforeAll
    static void makePki() {
        pki = TestPki.create(pkiDir);
        OpenSsl.run(pkiDir, "genpkey", "-genparam", "-algorithm", "DH", "-pkeyopt", "group:ffdhe3072", "-out",
                "ffdhe3072.pem");
        OpenSsl.run(pkiDir, "dhparam", "-dsaparam", "-out", "other.pem", "2048");
        TestPki.write(pkiDir.resolve("garbage.pem"), "no DH parameters here\n");
    }

    @Override
    protected void bindToRegistry(Registry registry) throws Exception {
        registry.bind("none", receiver().build());
        try (LogRecorder log = new LogRecorder(DicomTlsParameters.class, Level.INFO)) {
            registry.bind("ffdhe3072", receiver().dhParametersFile(pki.file("ffdhe3072.pem").toString()).build());
            assertEquals(1, log.containing("INFO DHE key exchange limited to the RFC 7919 group ffdhe3072").size(),
                    log.messages().toString());
            assertEquals(1, log.containing("WARN DHE suites over TLS 1.2 with clients that do not name their FFDHE "
                                           + "groups").size(), log.messages().toString());
        }
        try (LogRecorder log = new LogRecorder(DicomTlsParameters.class, Level.WARN)) {
            registry.bind("other", receiver().dhParametersFile(pki.file("other.pem").toString()).build());
            assertEquals(List.of("WARN the 2048-bit DH parameters in " + pki.file("other.pem") + " are not an RFC "
                                 + "7919 group (ffdhe2048 ... ffdhe8192); the Java runtime cannot use other DH "
                                 + "parameters, so DHE uses its own groups of 2048 bits and more"), log.messages());
        }
        try (LogRecorder log = new LogRecorder(DicomTlsParameters.class, Level.WARN)) {
            registry.bind("garbage", receiver().dhParametersFile(pki.file("garbage.pem").toString()).build());
            registry.bind("missing", receiver().dhParametersFile(pki.file("missing.pem").toString()).build());
            assertEquals(List.of(
                    "WARN unable to load temporary DH parameter file '" + pki.file("garbage.pem") + "', ignoring",
                    "WARN unable to load temporary DH parameter file '" + pki.file("missing.pem") + "', ignoring"),
                    log.messages());
        }
    }

    private static DicomTlsParameters receiver() {
        return new DicomTlsParameters().keyFile(pki.serverKey.toString())
                .certificateFile(pki.serverCertificate.toString())
                .peerCertificatePolicy(PeerCertificatePolicy.IGNORE);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                for (String name : List.of("none", "ffdhe3072", "other", "garbage", "missing")) {
                    from("dicom:127.0.0.1:0?hostnameLookup=false&sslContextParameters=#" + name).routeId(name)
                            .to("mock:" + name);
                }
            }
        };
    }

    @Test
    void namedGroupParametersSelectThatGroupInTls13() {
        assertServerTempKey("DH, 3072 bits", handshake("ffdhe3072", "-tls1_3", "-groups", "ffdhe2048:ffdhe3072"));
        assertServerTempKey("DH, 2048 bits", handshake("none", "-tls1_3", "-groups", "ffdhe2048:ffdhe3072"));
    }

    /**
     * The deviation the warning names: OpenSSL's TLS 1.2 ClientHello lists no FFDHE groups, so the JDK picks its
     * default DHE group (2048 bits) whatever the limit; the TLS 1.3 handshakes above show the limit working.
     */
    @Test
    void tls12ClientsThatNameNoFfdheGroupGetTheRuntimesDefault() {
        String[] dhe = {"-tls1_2", "-cipher", "DHE-RSA-AES256-GCM-SHA384"};
        assertServerTempKey("DH, 2048 bits", handshake("ffdhe3072", dhe));
        assertServerTempKey("DH, 2048 bits", handshake("none", dhe));
    }

    @Test
    void otherGroupsAreRefusedWhenLimitedToOne() {
        OpenSsl.Result r = handshake("ffdhe3072", "-tls1_3", "-groups", "ffdhe2048");
        assertNotEquals(0, r.exitCode(), r.output());
        assertServerTempKey("DH, 2048 bits", handshake("none", "-tls1_3", "-groups", "ffdhe2048"));
    }

    @Test
    void ellipticCurveGroupsAreNotAffected() {
        assertServerTempKey("X25519, 253 bits", handshake("ffdhe3072", "-tls1_3", "-groups", "X25519"));
    }

    @Test
    void parametersThatAreNoNamedGroupLeaveTheRuntimesGroups() {
        for (String route : List.of("other", "garbage", "missing")) {
            assertServerTempKey("DH, 2048 bits", handshake(route, "-tls1_3", "-groups", "ffdhe2048:ffdhe3072"));
        }
    }

    private OpenSsl.Result handshake(String route, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("s_client", "-connect",
                "127.0.0.1:" + BoundPorts.of(context, route), "-CAfile", pki.caCertificate.toString()));
        args.addAll(List.of(options));
        return OpenSsl.exec(pkiDir, TIMEOUT, args.toArray(String[]::new));
    }

    private static void assertServerTempKey(String expected, OpenSsl.Result r) {
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("Server Temp Key: " + expected), r.output());
    }
}
