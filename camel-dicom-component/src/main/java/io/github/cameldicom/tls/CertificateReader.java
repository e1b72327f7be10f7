package io.github.cameldicom.tls;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads X.509 certificates (RFC 5280) from the receiver's certificate file (dcmrecv {@code +tls KEYFILE CERTFILE}),
 * trusted certificate files ({@code +cf}) and directories ({@code +cd}), PEM or DER ({@code -pem}/{@code -der}).
 * A PEM file may hold several certificates (a chain or a CA bundle) and other blocks, which are skipped.
 */
final class CertificateReader {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateReader.class);

    /** The labels OpenSSL reads as a certificate (RFC 7468 §5.1 and the two older spellings). */
    private static final Set<String> CERTIFICATE_LABELS = Set.of("CERTIFICATE", "X509 CERTIFICATE",
            "X.509 CERTIFICATE");

    private CertificateReader() {
    }

    /**
     * Every certificate in a file, in file order; at least one.
     *
     * @param what the role of the file in messages, e.g. "certificate file"
     */
    static List<X509Certificate> read(Path file, KeyFileFormat format, String what) throws DicomTlsException {
        byte[] bytes = TlsFiles.read(file, what);
        List<X509Certificate> certificates = parse(file, bytes, format, what);
        if (certificates.isEmpty()) {
            // only PEM gets here: a DER file holds one certificate or fails
            throw new DicomTlsException(what + " " + file + " holds no certificate (it holds: "
                                        + Pem.labels(Pem.parse(file, bytes, what)) + ")");
        }
        return certificates;
    }

    /**
     * The certificates of every regular file in a directory (dcmrecv {@code +cd}), without duplicates: an OpenSSL
     * hashed directory links each certificate under its hash as well. Files that hold no certificate, such as CRLs
     * or notes, are skipped with a log line.
     */
    static List<X509Certificate> readDirectory(Path directory, KeyFileFormat format) throws DicomTlsException {
        String what = "trusted certificate directory";
        if (!Files.isDirectory(directory)) {
            throw new DicomTlsException(what + " " + directory + (Files.exists(directory) ? " is not a directory"
                    : " does not exist"));
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new DicomTlsException("cannot list " + what + " " + directory + ": " + e, e);
        }
        Set<X509Certificate> certificates = new LinkedHashSet<>();
        for (Path file : files) {
            try {
                List<X509Certificate> found = parse(file, TlsFiles.read(file, "trusted certificate file"), format,
                        "trusted certificate file");
                if (found.isEmpty()) {
                    LOG.debug("{}: no certificate, skipped", file);
                }
                certificates.addAll(found);
            } catch (DicomTlsException e) {
                // One unreadable file in a shared CA directory must not take the receiver down; it is named.
                LOG.warn("skipping {}", e.getMessage());
            }
        }
        if (certificates.isEmpty()) {
            LOG.warn("{} {} holds no certificate", what, directory);
        }
        return new ArrayList<>(certificates);
    }

    private static List<X509Certificate> parse(Path file, byte[] bytes, KeyFileFormat format, String what)
            throws DicomTlsException {
        CertificateFactory factory;
        try {
            factory = CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new DicomTlsException("this Java runtime has no X.509 certificate support", e);
        }
        List<X509Certificate> certificates = new ArrayList<>();
        if (format == KeyFileFormat.DER) {
            Pem.requireDer(file, bytes, what);
            certificates.add(certificate(factory, bytes, file, what));
            return certificates;
        }
        List<Pem.Block> blocks = Pem.parse(file, bytes, what);
        if (blocks.isEmpty()) {
            throw new DicomTlsException(what + " " + file + " is not PEM (no -----BEGIN line); for a DER file "
                                        + "select DER (-der)");
        }
        for (Pem.Block block : blocks) {
            if (CERTIFICATE_LABELS.contains(block.label())) {
                certificates.add(certificate(factory, block.der(), file, what));
            }
        }
        return certificates;
    }

    private static X509Certificate certificate(CertificateFactory factory, byte[] der, Path file, String what)
            throws DicomTlsException {
        try {
            return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | ClassCastException e) {
            throw new DicomTlsException(what + " " + file + " holds an invalid certificate: " + e.getMessage(), e);
        }
    }
}
