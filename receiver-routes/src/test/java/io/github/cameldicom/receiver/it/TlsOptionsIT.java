package io.github.cameldicom.receiver.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.cameldicom.testing.Dcmtk;

/**
 * dcmrecv's CRL, DH parameter and random seed options ({@code +crl}, {@code +dp}, {@code +rs}, {@code +wf}) on the
 * jar, side by side with DCMTK's dcmrecv: the same client in good standing is accepted and the same revoked client
 * refused by both, both warn the same way about DH parameters they cannot load, and the jar writes a new seed when it
 * is stopped.
 */
class TlsOptionsIT {

    private static final Duration OPENSSL_TIMEOUT = Duration.ofSeconds(60);
    private static final byte[] SEED = "seed bytes for the TLS random generator ".repeat(30)
            .getBytes(StandardCharsets.US_ASCII);

    @TempDir
    static Path pki;

    @TempDir
    Path work;

    @BeforeAll
    static void makePki() throws IOException {
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-days", "3",
                "-subj", "/CN=dcmrecv TLS options test CA", "-addext", "basicConstraints=critical,CA:TRUE",
                "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        Files.writeString(pki.resolve("leaf.ext"), "basicConstraints=CA:FALSE\n"
                                                   + "keyUsage=critical,digitalSignature,keyEncipherment\n"
                                                   + "extendedKeyUsage=serverAuth,clientAuth\n");
        for (String name : List.of("server", "good", "revoked")) {
            openssl("req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", name + ".key", "-out", name + ".csr",
                    "-subj", "/CN=" + name);
            openssl("x509", "-req", "-in", name + ".csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
                    "-days", "3", "-extfile", "leaf.ext", "-out", name + ".crt");
        }
        Files.writeString(pki.resolve("ca.cnf"), "[ ca ]\ndefault_ca = crl_ca\n[ crl_ca ]\n"
                                                 + "database = index.txt\ncrlnumber = crlnumber\n"
                                                 + "default_md = sha256\ndefault_crl_days = 3\n");
        Files.writeString(pki.resolve("index.txt"), "");
        Files.writeString(pki.resolve("crlnumber"), "01\n");
        openssl("ca", "-batch", "-config", "ca.cnf", "-keyfile", "ca.key", "-cert", "ca.crt", "-revoke",
                "revoked.crt");
        openssl("ca", "-batch", "-config", "ca.cnf", "-keyfile", "ca.key", "-cert", "ca.crt", "-gencrl", "-out",
                "ca.crl");
        Files.writeString(pki.resolve("not-dh.pem"), "no DH parameters in here\n");
        Files.write(pki.resolve("seed.bin"), SEED);
    }

    @Test
    void revokedClientRefusedDhWarningAndSeedWrittenLikeDcmrecv() {
        List<String> options = List.of("+tls", file("server.key"), file("server.crt"), "+cf", file("ca.crt"),
                "+crl", file("ca.crl"), "+dp", file("not-dh.pem"), "+rs", file("seed.bin"), "+wf", "new-seed.bin");
        List<Receiver> receivers = new ArrayList<>();
        try {
            for (Receiver.Kind kind : Receiver.Kind.values()) {
                receivers.add(Receiver.start(kind, work.resolve(kind.name()), options, client("good")));
            }
            // each accepts echoscu with the good client's certificate
            receivers.forEach(Receiver::awaitEcho);
            for (Receiver receiver : receivers) {
                Dcmtk.Result revoked = receiver.echo(client("revoked"));
                assertNotEquals(0, revoked.exitCode(), receiver + " accepted the revoked client:\n"
                                                       + revoked.output());
                receiver.echo(client("good")).assertSuccess();
            }
            String dhWarning = "W: unable to load temporary DH parameter file '" + file("not-dh.pem") + "', ignoring";
            for (Receiver receiver : receivers) {
                receiver.stop();
                assertTrue(receiver.standardError().lines().anyMatch(dhWarning::equals),
                        receiver + ":\n" + receiver.standardError());
            }
            Receiver jar = receivers.get(0);
            assertEquals(Receiver.Kind.JAR, jar.kind());
            assertTrue(jar.standardError().contains("Certificate has been revoked"),
                    "refused for another reason than the CRL:\n" + jar.standardError());
            byte[] written = Files.readAllBytes(jar.home().resolve("new-seed.bin"));
            assertEquals(1024, written.length, "+wf: the new seed of " + jar);
            assertFalse(Arrays.equals(Arrays.copyOf(SEED, written.length), written), "the old seed written back");
            assertTrue(Arrays.equals(SEED, Files.readAllBytes(pki.resolve("seed.bin"))), "+wf changed the +rs file");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            receivers.forEach(Receiver::close);
        }
    }

    private static List<String> client(String name) {
        return List.of("+tls", file(name + ".key"), file(name + ".crt"), "+cf", file("ca.crt"));
    }

    private static String file(String name) {
        return pki.resolve(name).toString();
    }

    private static void openssl(String... args) {
        List<String> command = new ArrayList<>(List.of("/usr/bin/openssl"));
        command.addAll(List.of(args));
        try {
            Path log = Files.createTempFile(pki, "openssl", ".log");
            Process process = new ProcessBuilder(command).directory(pki.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            if (!process.waitFor(OPENSSL_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
                fail(command + " did not finish within " + OPENSSL_TIMEOUT);
            }
            if (process.exitValue() != 0) {
                fail(command + " exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            Files.delete(log);
        } catch (IOException e) {
            fail("cannot run " + command + " (apt-get install -y openssl): " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command, e);
        }
    }
}
