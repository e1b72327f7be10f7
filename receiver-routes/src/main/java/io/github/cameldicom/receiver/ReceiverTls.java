package io.github.cameldicom.receiver;

import io.github.cameldicom.tls.DicomTlsException;
import io.github.cameldicom.tls.DicomTlsParameters;

import org.apache.camel.support.jsse.SSLContextParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Console;
import java.nio.file.Path;

/**
 * Turns dcmrecv's TLS options ({@code +tls} and the rest) into the Camel SSLContextParameters the dicom: endpoints
 * use. With {@code +ps} (the default) the key password is asked on the console, as dcmrecv does, but only when the key
 * turns out to be encrypted. CRLs ({@code +crl}, {@code +crv}, {@code +cra}), DH parameters ({@code +dp}) and the
 * random seed files ({@code +rs}, {@code +ws}, {@code +wf}) are handled by {@link DicomTlsParameters}, which warns
 * where the Java runtime cannot do what dcmrecv does (DH parameters that are not an RFC 7919 group).
 */
final class ReceiverTls {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiverTls.class);

    private ReceiverTls() {
    }

    static SSLContextParameters parameters(TlsSettings tls) throws DicomTlsException {
        try {
            return builder(tls, tls.keyPassword().orElse(null)).build();
        } catch (DicomTlsException e) {
            Console console = System.console();
            if (tls.keyPassword().isPresent() || console == null) {
                throw e;
            }
            LOG.debug("key {} needs a password: {}", tls.keyFile(), e.getMessage());
            char[] password = console.readPassword("Enter PEM pass phrase for %s: ", tls.keyFile());
            if (password == null) {
                throw e;
            }
            return builder(tls, new String(password)).build();
        }
    }

    private static DicomTlsParameters builder(TlsSettings tls, String password) {
        DicomTlsParameters b = new DicomTlsParameters()
                .keyFile(tls.keyFile().toString())
                .certificateFile(tls.certificateFile().toString())
                .keyFileFormat(tls.format())
                .profile(tls.profile())
                .peerCertificatePolicy(tls.peerCertificate());
        if (password != null) {
            b.keyPassword(password);
        }
        tls.trustedCertificates().stream().map(Path::toString).forEach(b::trustedCertificateFile);
        tls.trustedDirectories().stream().map(Path::toString).forEach(b::trustedCertificateDirectory);
        tls.cipherSuites().forEach(b::cipherSuite);
        tls.crlFiles().stream().map(Path::toString).forEach(b::crlFile);
        b.crlVerification(tls.crlVerification());
        tls.dhParameters().map(Path::toString).ifPresent(b::dhParametersFile);
        tls.seedFile().map(Path::toString).ifPresent(b::randomSeedFile);
        tls.writeSeedFile().map(Path::toString).ifPresent(b::writeRandomSeedFile);
        return b;
    }
}
