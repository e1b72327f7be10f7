package io.github.cameldicom.tls;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Certificate files (+tls, +cf) and directories (+cd), PEM and DER. */
class CertificateReaderTest {

    @TempDir
    static Path dir;
    static TestPki pki;

    @BeforeAll
    static void makePki() {
        pki = TestPki.create(dir);
    }

    @Test
    void pemChainInFileOrder() throws Exception {
        Path chain = dir.resolve("chain.pem");
        // Text between blocks, as openssl x509 -text leaves it, is ignored.
        TestPki.write(chain, "subject=server\n" + Files.readString(pki.serverCertificate) + "issuer\n"
                             + Files.readString(pki.caCertificate));
        List<X509Certificate> certificates = CertificateReader.read(chain, KeyFileFormat.PEM, "certificate file");
        assertEquals(2, certificates.size());
        assertEquals("CN=DICOM TLS test server", certificates.get(0).getSubjectX500Principal().getName());
        assertEquals("CN=camel-dicom test CA", certificates.get(1).getSubjectX500Principal().getName());
    }

    @Test
    void derCertificate() throws Exception {
        OpenSsl.run(dir, "x509", "-in", "ca.crt", "-outform", "DER", "-out", "ca.der");
        List<X509Certificate> certificates = CertificateReader.read(dir.resolve("ca.der"), KeyFileFormat.DER,
                "trusted certificate file");
        assertEquals(List.of(CertificateReader.read(pki.caCertificate, KeyFileFormat.PEM, "x").get(0)),
                certificates);
    }

    @Test
    void directoryOfCertificatesLikeAnOpensslHashedDirectory() throws Exception {
        Path cas = Files.createDirectories(dir.resolve("cas"));
        Files.copy(pki.caCertificate, cas.resolve("ca.pem"));
        Files.copy(pki.rogueCaCertificate, cas.resolve("rogue.pem"));
        // openssl rehash links each certificate under its subject hash: the same certificate twice.
        String hash = OpenSsl.run(dir, "x509", "-in", "ca.crt", "-noout", "-subject_hash").strip();
        Files.createSymbolicLink(cas.resolve(hash + ".0"), cas.resolve("ca.pem"));
        TestPki.write(cas.resolve("README"), "CA certificates of the radiology network\n");
        Files.write(cas.resolve("garbage.pem"), new byte[] {0x30, 0x03, 0x02, 0x01});
        Files.createDirectories(cas.resolve("subdirectory"));

        List<X509Certificate> certificates = CertificateReader.readDirectory(cas, KeyFileFormat.PEM);
        assertEquals(2, certificates.size(), certificates.toString());
    }

    @Test
    void errorsNameTheFile() throws Exception {
        DicomTlsException noCertificate = assertThrows(DicomTlsException.class,
                () -> CertificateReader.read(pki.serverKey, KeyFileFormat.PEM, "certificate file"));
        assertTrue(noCertificate.getMessage().contains(pki.serverKey.toString()));
        assertTrue(noCertificate.getMessage().contains("holds no certificate (it holds: PRIVATE KEY)"),
                noCertificate.getMessage());

        Path broken = dir.resolve("broken.crt");
        String pem = Files.readString(pki.caCertificate);
        TestPki.write(broken, pem.replaceFirst("\n[A-Za-z0-9+/]{64}\n", "\nAAAA\n"));
        DicomTlsException invalid = assertThrows(DicomTlsException.class,
                () -> CertificateReader.read(broken, KeyFileFormat.PEM, "trusted certificate file"));
        assertTrue(invalid.getMessage().startsWith("trusted certificate file " + broken + " holds an invalid "
                                                   + "certificate"), invalid.getMessage());

        DicomTlsException pemAsDer = assertThrows(DicomTlsException.class,
                () -> CertificateReader.read(pki.caCertificate, KeyFileFormat.DER, "certificate file"));
        assertTrue(pemAsDer.getMessage().contains("is PEM, not DER"), pemAsDer.getMessage());

        DicomTlsException missingDirectory = assertThrows(DicomTlsException.class,
                () -> CertificateReader.readDirectory(dir.resolve("nowhere"), KeyFileFormat.PEM));
        assertTrue(missingDirectory.getMessage().contains("nowhere does not exist"), missingDirectory.getMessage());
    }
}
