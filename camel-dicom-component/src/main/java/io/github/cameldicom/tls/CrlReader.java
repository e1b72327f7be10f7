package io.github.cameldicom.tls;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads X.509 certificate revocation lists (RFC 5280 §5) from a dcmrecv {@code +crl} file: PEM ({@code -----BEGIN
 * X509 CRL-----} blocks, several allowed) or DER ({@code -pem}/{@code -der}, as for the certificates).
 */
final class CrlReader {

    private CrlReader() {
    }

    /**
     * Every CRL in the file; at least one.
     *
     * @throws DicomTlsException when the file is missing, unreadable, or holds no valid CRL
     */
    static List<X509CRL> read(Path file, KeyFileFormat format) throws DicomTlsException {
        String what = "CRL file";
        byte[] bytes = TlsFiles.read(file, what);
        CertificateFactory factory;
        try {
            factory = CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new DicomTlsException("this Java runtime has no X.509 support", e);
        }
        List<X509CRL> crls = new ArrayList<>();
        if (format == KeyFileFormat.DER) {
            Pem.requireDer(file, bytes, what);
            crls.add(crl(factory, bytes, file));
            return crls;
        }
        for (Pem.Block block : Pem.parse(file, bytes, what)) {
            if (block.label().equals("X509 CRL")) {
                crls.add(crl(factory, block.der(), file));
            }
        }
        if (crls.isEmpty()) {
            throw new DicomTlsException(what + " " + file + " holds no '-----BEGIN X509 CRL-----' block");
        }
        return crls;
    }

    private static X509CRL crl(CertificateFactory factory, byte[] der, Path file) throws DicomTlsException {
        try {
            return (X509CRL) factory.generateCRL(new ByteArrayInputStream(der));
        } catch (CRLException | ClassCastException e) {
            throw new DicomTlsException("CRL file " + file + " holds an invalid CRL: " + e.getMessage(), e);
        }
    }
}
