package io.github.cameldicom.tls;

import io.github.cameldicom.testing.Dcmtk;
import io.github.cameldicom.testing.LogRecorder;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * dcmrecv {@code +rs FILE}, {@code +ws}, {@code +wf FILE}: the TLS context uses one generator seeded with the file,
 * and a new seed of 1024 bytes is written when the Camel context stops, to the seed file or to another.
 */
class TlsRandomSeedTest {

    private static final byte[] SEED = "a seed that the receiver mixes into its TLS random generator".repeat(20)
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @TempDir
    static Path pkiDir;
    static TestPki pki;

    @TempDir
    Path dir;

    @BeforeAll
    static void makePki() {
        pki = TestPki.create(pkiDir);
    }

    @Test
    void writeSeedFileGetsANewSeedAtShutdown() throws Exception {
        Path seed = Files.write(dir.resolve("seed.bin"), SEED);
        Path written = dir.resolve("new-seed.bin");
        runReceiver(receiver().randomSeedFile(seed.toString()).writeRandomSeedFile(written.toString()).build(),
                () -> assertFalse(Files.exists(written), "written before shutdown"));
        assertArrayEquals(SEED, Files.readAllBytes(seed), "the seed file itself is unchanged with +wf");
        assertNewSeed(Files.readAllBytes(written));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(written));
        assertEquals(List.of("new-seed.bin", "seed.bin"), list(dir), "no temporary file left");
    }

    @Test
    void writeSeedReplacesTheSeedFile() throws Exception {
        Path seed = Files.write(dir.resolve("seed.bin"), SEED);
        runReceiver(receiver().randomSeedFile(seed.toString()).writeRandomSeedFile(seed.toString()).build(), () -> {
        });
        byte[] replaced = Files.readAllBytes(seed);
        assertNewSeed(replaced);
        // a second run reads the new seed and replaces it again
        runReceiver(receiver().randomSeedFile(seed.toString()).writeRandomSeedFile(seed.toString()).build(), () -> {
        });
        byte[] again = Files.readAllBytes(seed);
        assertNewSeed(again);
        assertFalse(Arrays.equals(replaced, again), "the same seed written twice");
    }

    @Test
    void aMissingSeedFileIsNoErrorAndAWriteFileIsStillWritten() throws Exception {
        Path written = dir.resolve("written.bin");
        runReceiver(receiver().randomSeedFile(dir.resolve("missing.bin").toString())
                .writeRandomSeedFile(written.toString()).build(), () -> {
                });
        assertNewSeed(Files.readAllBytes(written));
    }

    @Test
    void withoutAWriteFileNothingIsWritten() throws Exception {
        Path seed = Files.write(dir.resolve("seed.bin"), SEED);
        runReceiver(receiver().randomSeedFile(seed.toString()).build(), () -> {
        });
        assertArrayEquals(SEED, Files.readAllBytes(seed));
        assertEquals(List.of("seed.bin"), list(dir));
    }

    @Test
    void aSeedThatCannotBeWrittenIsLoggedAsAnError() throws Exception {
        Path seed = Files.write(dir.resolve("seed.bin"), SEED);
        Path unwritable = dir.resolve("no-such-directory").resolve("seed.bin");
        try (LogRecorder log = new LogRecorder(RandomSeed.class, Level.WARN)) {
            runReceiver(receiver().randomSeedFile(seed.toString()).writeRandomSeedFile(unwritable.toString()).build(),
                    () -> {
                    });
            assertEquals(1, log.messages().size(), log.messages().toString());
            assertTrue(log.messages().get(0).startsWith("ERROR Failed to write random seed file '" + unwritable + "'"),
                    log.messages().toString());
        }
    }

    @Test
    void theSslContextUsesTheOneSeededGenerator() throws Exception {
        Path seed = Files.write(dir.resolve("seed.bin"), SEED);
        SSLContextParameters parameters = receiver().randomSeedFile(seed.toString()).build();
        assertNotNull(parameters.getSecureRandom());
        assertSame(parameters.getSecureRandom().createSecureRandom(),
                parameters.getSecureRandom().createSecureRandom());
        assertEquals(null, receiver().build().getSecureRandom(), "without +rs the runtime's default is used");
    }

    @Test
    void writingWithoutASeedFileIsRefusedAsDcmrecvRefusesIt() {
        DicomTlsException e = org.junit.jupiter.api.Assertions.assertThrows(DicomTlsException.class,
                () -> receiver().writeRandomSeedFile(dir.resolve("x").toString()).build());
        assertTrue(e.getMessage().contains("+rs"), e.getMessage());
    }

    private static DicomTlsParameters receiver() {
        return new DicomTlsParameters().keyFile(pki.serverKey.toString())
                .certificateFile(pki.serverCertificate.toString())
                .trustedCertificateFile(pki.caCertificate.toString());
    }

    /**
     * Starts a dicom: route with these TLS settings on a port of the system's choosing, checks that echoscu
     * associates over TLS, runs {@code whileRunning}, then stops the Camel context.
     */
    private static void runReceiver(SSLContextParameters tls, Runnable whileRunning) throws Exception {
        CamelContext context = new DefaultCamelContext();
        try {
            context.getRegistry().bind("tls", tls);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("dicom:127.0.0.1:0?aeTitle=SEEDSCP&hostnameLookup=false&sslContextParameters=#tls")
                            .routeId("seed").to("mock:received");
                }
            });
            context.start();
            Dcmtk.Result r = Dcmtk.run(Duration.ofSeconds(30), "echoscu", "-v", "-aec", "SEEDSCP", "+tls",
                    pki.clientKey.toString(), pki.clientCertificate.toString(), "+cf", pki.caCertificate.toString(),
                    "127.0.0.1", Integer.toString(BoundPorts.of(context, "seed")));
            r.assertSuccess();
            whileRunning.run();
        } finally {
            context.stop();
        }
    }

    private static void assertNewSeed(byte[] written) {
        assertEquals(RandomSeed.WRITTEN_BYTES, written.length);
        assertFalse(Arrays.equals(Arrays.copyOf(SEED, written.length), written), "the old seed written back");
        assertFalse(Arrays.equals(new byte[written.length], written), "zeros written");
    }

    private static List<String> list(Path directory) throws java.io.IOException {
        try (var files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
