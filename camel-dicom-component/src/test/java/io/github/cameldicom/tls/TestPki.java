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

    /**
     * A second hierarchy for certificate revocation, in {@code dir}: root CA {@code crl-root} signs the intermediate CA
     * {@code crl-sub}, which signs the client certificates {@code crl-good} and {@code crl-revoked}; each client's
     * {@code NAME-chain.crt} holds its certificate and the intermediate's, so that the peer can build the chain. CRLs:
     * {@code crl-sub.crl} (by the intermediate, revoking crl-revoked), {@code crl-root.crl} (by the root, revoking
     * nothing) and {@code crl-root-revoking-sub.crl} (by the root, revoking the intermediate).
     */
    static TestPki createWithRevocation(Path dir) {
        TestPki pki = create(dir);
        pki.ca("crl-root", "revocation test root CA");
        pki.intermediate("crl-root", "crl-sub", "revocation test intermediate CA");
        pki.issue("crl-sub", "crl-good", "rsa", "client in good standing");
        pki.issue("crl-sub", "crl-revoked", "rsa", "revoked client");
        for (String client : new String[] {"crl-good", "crl-revoked"}) {
            write(dir.resolve(client + "-chain.crt"),
                    read(dir.resolve(client + ".crt")) + read(dir.resolve("crl-sub.crt")));
        }
        pki.crl("crl-sub", "crl-sub.crl", "crl-revoked");
        pki.crl("crl-root", "crl-root.crl");
        pki.crl("crl-root", "crl-root-revoking-sub.crl", "crl-sub");
        return pki;
    }

    /** A file of this PKI by name, e.g. {@code crl-good.key}. */
    Path file(String name) {
        return dir.resolve(name);
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

    /** An intermediate CA certificate NAME.crt and its key NAME.key, signed by CA.crt. */
    private void intermediate(String ca, String name, String commonName) {
        OpenSsl.run(dir, "req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", name + ".key", "-out",
                name + ".csr", "-subj", "/CN=" + commonName);
        write(dir.resolve(name + ".ext"), "basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n");
        OpenSsl.run(dir, "x509", "-req", "-in", name + ".csr", "-CA", ca + ".crt", "-CAkey", ca + ".key",
                "-CAcreateserial", "-days", "3", "-extfile", name + ".ext", "-out", name + ".crt");
    }

    /**
     * A CRL FILE issued by CA now, valid for three days, revoking the certificates NAME.crt of {@code revoked}; each
     * CRL has a database of its own ({@code openssl ca -revoke}, then {@code -gencrl}).
     */
    private void crl(String ca, String file, String... revoked) {
        String base = file.replace(".crl", "");
        write(dir.resolve(base + ".cnf"), "[ ca ]\ndefault_ca = crl_ca\n[ crl_ca ]\ndatabase = " + base
                                          + ".index\ncrlnumber = " + base + ".number\ndefault_md = sha256\n"
                                          + "default_crl_days = 3\n");
        write(dir.resolve(base + ".index"), "");
        write(dir.resolve(base + ".number"), "01\n");
        for (String name : revoked) {
            OpenSsl.run(dir, "ca", "-batch", "-config", base + ".cnf", "-keyfile", ca + ".key", "-cert", ca + ".crt",
                    "-revoke", name + ".crt");
        }
        OpenSsl.run(dir, "ca", "-batch", "-config", base + ".cnf", "-keyfile", ca + ".key", "-cert", ca + ".crt",
                "-gencrl", "-out", file);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
