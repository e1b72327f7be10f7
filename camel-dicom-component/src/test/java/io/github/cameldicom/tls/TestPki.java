package io.github.cameldicom.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A throw-away public key infrastructure made with openssl: a test CA, a server and a client certificate it signs,
 * an EC (P-256) server certificate, and a second CA with a client certificate the receiver does not trust. Keys are
 * PKCS#8 PEM without password, as {@code openssl req -nodes} writes them.
 */
final class TestPki {

    final Path dir;
    final Path caCertificate;
    final Path serverKey;
    final Path serverCertificate;
    final Path ecServerKey;
    final Path ecServerCertificate;
    final Path clientKey;
    final Path clientCertificate;
    final Path rogueCaCertificate;
    final Path rogueClientKey;
    final Path rogueClientCertificate;

    private TestPki(Path dir) {
        this.dir = dir;
        caCertificate = dir.resolve("ca.crt");
        serverKey = dir.resolve("server.key");
        serverCertificate = dir.resolve("server.crt");
        ecServerKey = dir.resolve("ec-server.key");
        ecServerCertificate = dir.resolve("ec-server.crt");
        clientKey = dir.resolve("client.key");
        clientCertificate = dir.resolve("client.crt");
        rogueCaCertificate = dir.resolve("rogue-ca.crt");
        rogueClientKey = dir.resolve("rogue-client.key");
        rogueClientCertificate = dir.resolve("rogue-client.crt");
    }

    static TestPki create(Path dir) {
        TestPki pki = new TestPki(dir);
        pki.ca("ca", "camel-dicom test CA");
        pki.ca("rogue-ca", "untrusted test CA");
        pki.issue("ca", "server", "rsa", "DICOM TLS test server");
        pki.issue("ca", "ec-server", "ec", "DICOM TLS test EC server");
        pki.issue("ca", "client", "rsa", "DICOM TLS test client");
        pki.issue("rogue-ca", "rogue-client", "rsa", "untrusted test client");
        return pki;
    }

    /** A self-signed CA certificate NAME.crt and its key NAME.key. */
    private void ca(String name, String commonName) {
        OpenSsl.run(dir, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", name + ".key", "-out",
                name + ".crt", "-days", "3", "-subj", "/CN=" + commonName, "-addext",
                "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
    }

    /** A key NAME.key (rsa: RSA 2048, ec: P-256) and its certificate NAME.crt, signed by CA.crt. */
    private void issue(String ca, String name, String type, String commonName) {
        String[] newKey = type.equals("rsa") ? new String[] {"-newkey", "rsa:2048"}
                : new String[] {"-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"};
        String[] request = concat(new String[] {"req", "-new"}, newKey, new String[] {"-nodes", "-keyout",
                name + ".key", "-out", name + ".csr", "-subj", "/CN=" + commonName});
        OpenSsl.run(dir, request);
        Path extensions = dir.resolve(name + ".ext");
        write(extensions, "basicConstraints=CA:FALSE\n"
                          + (type.equals("rsa") ? "keyUsage=critical,digitalSignature,keyEncipherment\n"
                                  : "keyUsage=critical,digitalSignature,keyAgreement\n")
                          + "extendedKeyUsage=serverAuth,clientAuth\n");
        OpenSsl.run(dir, "x509", "-req", "-in", name + ".csr", "-CA", ca + ".crt", "-CAkey", ca + ".key",
                "-CAcreateserial", "-days", "3", "-extfile", extensions.getFileName().toString(), "-out",
                name + ".crt");
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] concat(String[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray(String[]::new);
    }
}
