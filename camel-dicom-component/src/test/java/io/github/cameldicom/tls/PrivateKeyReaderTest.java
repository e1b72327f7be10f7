package io.github.cameldicom.tls;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every private key form that openssl writes, RSA 2048 and EC P-256, read back and checked against the certificate
 * made from the same key; and the errors for wrong passwords and files that hold no usable key.
 */
class PrivateKeyReaderTest {

    private static final String PASSWORD = "s3cret pässword";
    /** The PKCS#12 schemes of openssl pkcs8 -v1, which the JDK decrypts with ASCII passwords only. */
    private static final String ASCII_PASSWORD = "legacy s3cret";

    @TempDir
    static Path dir;

    /** The password reaches openssl through a UTF-8 file, independent of the locale's argument encoding. */
    private static final String PASSOUT = "file:password.txt";

    @BeforeAll
    static void makeKeys() {
        TestPki.write(dir.resolve("password.txt"), PASSWORD + "\n");
        TestPki.write(dir.resolve("ascii-password.txt"), ASCII_PASSWORD + "\n");
        for (String type : new String[] {"rsa", "ec"}) {
            String[] algorithm = type.equals("rsa") ? new String[] {"-algorithm", "RSA", "-pkeyopt",
                    "rsa_keygen_bits:2048"} : new String[] {"-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"};
            String base = type + "-pkcs8.pem";
            OpenSsl.run(dir, concat(new String[] {"genpkey"}, algorithm, new String[] {"-out", base}));
            OpenSsl.run(dir, "req", "-x509", "-new", "-key", base, "-out", type + ".crt", "-days", "2", "-subj",
                    "/CN=" + type + " key test");
            OpenSsl.run(dir, "pkcs8", "-topk8", "-in", base, "-out", type + "-pkcs8-pbes2.pem", "-passout",
                    PASSOUT);
            OpenSsl.run(dir, "pkcs8", "-topk8", "-in", base, "-out", type + "-pkcs8-sha1-aes128.pem", "-v2",
                    "aes-128-cbc", "-v2prf", "hmacWithSHA1", "-passout", PASSOUT);
            OpenSsl.run(dir, "pkcs8", "-topk8", "-in", base, "-out", type + "-pkcs8-v1-3des.pem", "-v1",
                    "PBE-SHA1-3DES", "-passout", "file:ascii-password.txt");
            OpenSsl.run(dir, "pkcs8", "-topk8", "-in", base, "-out", type + "-pkcs8-scrypt.pem", "-scrypt",
                    "-passout", PASSOUT);
            OpenSsl.run(dir, "pkcs8", "-topk8", "-in", base, "-outform", "DER", "-out", type + "-pkcs8-pbes2.der",
                    "-passout", PASSOUT);
            OpenSsl.run(dir, "pkey", "-in", base, "-outform", "DER", "-out", type + "-pkcs8.der");
            OpenSsl.run(dir, "x509", "-in", type + ".crt", "-outform", "DER", "-out", type + ".der");
            // Traditional forms: PKCS#1 for RSA, SEC 1 for EC, plain and with OpenSSL's PEM encryption.
            // openssl rsa writes PKCS#8 unless told -traditional; openssl ec always writes SEC 1.
            String[] tool = type.equals("rsa") ? new String[] {"rsa", "-traditional"} : new String[] {"ec"};
            OpenSsl.run(dir, concat(tool, new String[] {"-in", base, "-out", type + "-traditional.pem"}));
            OpenSsl.run(dir, concat(tool, new String[] {"-in", base, "-outform", "DER", "-out",
                    type + "-traditional.der"}));
            OpenSsl.run(dir, concat(tool, new String[] {"-in", base, "-aes256", "-passout", PASSOUT, "-out",
                    type + "-traditional-aes256.pem"}));
            OpenSsl.run(dir, concat(tool, new String[] {"-in", base, "-des3", "-passout", PASSOUT, "-out",
                    type + "-traditional-des3.pem"}));
        }
        // openssl ecparam -genkey writes the curve in an EC PARAMETERS block before the key.
        OpenSsl.run(dir, "ecparam", "-name", "prime256v1", "-genkey", "-out", "ec-with-parameters.pem");
        OpenSsl.run(dir, "req", "-x509", "-new", "-key", "ec-with-parameters.pem", "-out",
                "ec-with-parameters.crt", "-days", "2", "-subj", "/CN=ecparam key test");
        // A key with its certificate in one file, as some sites keep them.
        concatenate("rsa-combined.pem", "rsa.crt", "rsa-pkcs8.pem");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "rsa, rsa-pkcs8.pem,               PEM, none",
        "rsa, rsa-pkcs8-pbes2.pem,         PEM, utf8",
        "rsa, rsa-pkcs8-sha1-aes128.pem,   PEM, utf8",
        "rsa, rsa-pkcs8-v1-3des.pem,       PEM, ascii",
        "rsa, rsa-traditional.pem,         PEM, none",
        "rsa, rsa-traditional-aes256.pem,  PEM, utf8",
        "rsa, rsa-traditional-des3.pem,    PEM, utf8",
        "rsa, rsa-combined.pem,            PEM, none",
        "rsa, rsa-pkcs8.der,               DER, none",
        "rsa, rsa-pkcs8-pbes2.der,         DER, utf8",
        "rsa, rsa-traditional.der,         DER, none",
        "ec,  ec-pkcs8.pem,                PEM, none",
        "ec,  ec-pkcs8-pbes2.pem,          PEM, utf8",
        "ec,  ec-pkcs8-sha1-aes128.pem,    PEM, utf8",
        "ec,  ec-pkcs8-v1-3des.pem,        PEM, ascii",
        "ec,  ec-traditional.pem,          PEM, none",
        "ec,  ec-traditional-aes256.pem,   PEM, utf8",
        "ec,  ec-traditional-des3.pem,     PEM, utf8",
        "ec,  ec-pkcs8.der,                DER, none",
        "ec,  ec-pkcs8-pbes2.der,          DER, utf8",
        "ec,  ec-traditional.der,          DER, none",
    })
    void readsEveryOpensslForm(String type, String file, KeyFileFormat format, String password) throws Exception {
        char[] chars = switch (password) {
            case "utf8" -> PASSWORD.toCharArray();
            case "ascii" -> ASCII_PASSWORD.toCharArray();
            default -> null;
        };
        PrivateKey key = PrivateKeyReader.read(dir.resolve(file), format, chars);
        PrivateKey reference = PrivateKeyReader.read(dir.resolve(type + "-pkcs8.pem"), KeyFileFormat.PEM, null);
        assertEquals(type.equals("rsa") ? "RSA" : "EC", key.getAlgorithm());
        if (key instanceof RSAPrivateCrtKey rsa) {
            assertEquals(((RSAPrivateCrtKey) reference).getPrivateExponent(), rsa.getPrivateExponent());
            assertEquals(((RSAPrivateCrtKey) reference).getCrtCoefficient(), rsa.getCrtCoefficient());
        } else {
            assertEquals(((ECPrivateKey) reference).getS(), ((ECPrivateKey) key).getS());
        }
        assertTrue(KeyCertificateMatch.matches(key, certificateKey(type + ".crt")));
    }

    @Test
    void ecKeyAfterItsParameters() throws Exception {
        PrivateKey key = PrivateKeyReader.read(dir.resolve("ec-with-parameters.pem"), KeyFileFormat.PEM, null);
        assertTrue(KeyCertificateMatch.matches(key, certificateKey("ec-with-parameters.crt")));
    }

    @ParameterizedTest
    @CsvSource({"rsa-pkcs8-pbes2.pem, PEM", "rsa-pkcs8-v1-3des.pem, PEM", "rsa-traditional-aes256.pem, PEM",
                "rsa-traditional-des3.pem, PEM", "ec-traditional-aes256.pem, PEM", "ec-pkcs8-pbes2.der, DER"})
    void wrongPasswordNamesTheFile(String file, KeyFileFormat format) {
        DicomTlsException e = assertThrows(DicomTlsException.class,
                () -> PrivateKeyReader.read(dir.resolve(file), format, "wrong".toCharArray()));
        assertTrue(e.getMessage().contains(dir.resolve(file).toString()), e.getMessage());
        assertTrue(e.getMessage().contains("wrong password"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"rsa-pkcs8-pbes2.pem, PEM", "rsa-traditional-aes256.pem, PEM", "ec-pkcs8-pbes2.der, DER"})
    void encryptedKeyWithoutPasswordAsksForOne(String file, KeyFileFormat format) {
        DicomTlsException e = assertThrows(DicomTlsException.class,
                () -> PrivateKeyReader.read(dir.resolve(file), format, null));
        assertTrue(e.getMessage().contains("is encrypted") && e.getMessage().contains("+pw"), e.getMessage());
    }

    @Test
    void emptyPasswordIsAPassword() throws Exception {
        OpenSsl.run(dir, "pkcs8", "-topk8", "-in", "rsa-pkcs8.pem", "-out", "rsa-empty-password.pem", "-passout",
                "pass:");
        PrivateKey key = PrivateKeyReader.read(dir.resolve("rsa-empty-password.pem"), KeyFileFormat.PEM,
                new char[0]);
        assertTrue(KeyCertificateMatch.matches(key, certificateKey("rsa.crt")));
    }

    @Test
    void legacySchemeWithNonAsciiPasswordIsRefusedWithAWayOut() {
        OpenSsl.run(dir, "pkcs8", "-topk8", "-in", "rsa-pkcs8.pem", "-out", "rsa-v1-utf8.pem", "-v1",
                "PBE-SHA1-3DES", "-passout", PASSOUT);
        DicomTlsException e = assertThrows(DicomTlsException.class, () -> PrivateKeyReader.read(
                dir.resolve("rsa-v1-utf8.pem"), KeyFileFormat.PEM, PASSWORD.toCharArray()));
        assertTrue(e.getMessage().contains("ASCII passwords only"), e.getMessage());
        assertTrue(e.getMessage().contains("openssl pkcs8 -topk8 -v2 aes-256-cbc"), e.getMessage());
    }

    @Test
    void scryptIsRefusedWithAWayOut() {
        DicomTlsException e = assertThrows(DicomTlsException.class, () -> PrivateKeyReader.read(
                dir.resolve("rsa-pkcs8-scrypt.pem"), KeyFileFormat.PEM, PASSWORD.toCharArray()));
        assertTrue(e.getMessage().contains("rsa-pkcs8-scrypt.pem"), e.getMessage());
        assertTrue(e.getMessage().contains("openssl pkcs8 -topk8 -v2 aes-256-cbc"), e.getMessage());
    }

    @Test
    void garbageFiles() throws Exception {
        byte[] noise = new byte[2048];
        new SecureRandom(new byte[] {1}).nextBytes(noise);
        noise[0] = 0x30;
        Path garbage = Files.write(dir.resolve("garbage.key"), noise);
        assertMessage(garbage, KeyFileFormat.PEM, "is not PEM");
        assertMessage(garbage, KeyFileFormat.DER, "is not a DER private key");

        Path text = dir.resolve("text.key");
        TestPki.write(text, "just some text\n");
        assertMessage(text, KeyFileFormat.PEM, "is not PEM");

        Path certificateOnly = dir.resolve("rsa.crt");
        assertMessage(certificateOnly, KeyFileFormat.PEM, "holds no private key (it holds: CERTIFICATE)");

        Path pemAsDer = dir.resolve("rsa-pkcs8.pem");
        assertMessage(pemAsDer, KeyFileFormat.DER, "is PEM, not DER");

        Path badBase64 = dir.resolve("bad-base64.key");
        TestPki.write(badBase64, "-----BEGIN PRIVATE KEY-----\nMIIE*not base64*\n-----END PRIVATE KEY-----\n");
        assertMessage(badBase64, KeyFileFormat.PEM, "not valid Base64");

        Path unclosed = dir.resolve("unclosed.key");
        TestPki.write(unclosed, "-----BEGIN PRIVATE KEY-----\nMIIE\n");
        assertMessage(unclosed, KeyFileFormat.PEM, "no '-----END PRIVATE KEY-----' line");

        String pem = Files.readString(dir.resolve("rsa-traditional.pem"));
        Path truncated = dir.resolve("truncated.key");
        TestPki.write(truncated, pem.substring(0, pem.length() / 2).replaceAll("[^\\n]*$", "")
                                 + "-----END RSA PRIVATE KEY-----\n");
        assertMessage(truncated, KeyFileFormat.PEM, "invalid or unsupported RSA private key (PKCS#1)");

        assertMessage(dir.resolve("missing.key"), KeyFileFormat.PEM, "does not exist");
        assertMessage(Files.createFile(dir.resolve("empty.key")), KeyFileFormat.PEM, "is empty");
        assertMessage(dir, KeyFileFormat.PEM, "is a directory");
    }

    @Test
    void keyMatchingDetectsTheWrongCertificate() throws Exception {
        PrivateKey rsa = PrivateKeyReader.read(dir.resolve("rsa-pkcs8.pem"), KeyFileFormat.PEM, null);
        PrivateKey ec = PrivateKeyReader.read(dir.resolve("ec-pkcs8.pem"), KeyFileFormat.PEM, null);
        assertFalse(KeyCertificateMatch.matches(rsa, certificateKey("ec.crt")));
        assertFalse(KeyCertificateMatch.matches(ec, certificateKey("rsa.crt")));
        assertFalse(KeyCertificateMatch.matches(ec, certificateKey("ec-with-parameters.crt")));
    }

    private static void assertMessage(Path file, KeyFileFormat format, String expected) {
        DicomTlsException e = assertThrows(DicomTlsException.class,
                () -> PrivateKeyReader.read(file, format, PASSWORD.toCharArray()));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static PublicKey certificateKey(String file) throws DicomTlsException {
        X509Certificate certificate = CertificateReader.read(dir.resolve(file), KeyFileFormat.PEM, "certificate file")
                .get(0);
        return certificate.getPublicKey();
    }

    private static void concatenate(String target, String... sources) {
        StringBuilder sb = new StringBuilder();
        for (String s : sources) {
            try {
                sb.append(Files.readString(dir.resolve(s)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        TestPki.write(dir.resolve(target), sb.toString());
    }

    private static String[] concat(String[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray(String[]::new);
    }
}
