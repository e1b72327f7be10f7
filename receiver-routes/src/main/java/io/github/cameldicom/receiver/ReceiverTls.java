package io.github.cameldicom.receiver;

import io.github.cameldicom.tls.DicomTlsException;
import io.github.cameldicom.tls.DicomTlsParameters;
import io.github.cameldicom.tls.DicomTlsProfile;
import io.github.cameldicom.tls.PeerCertificatePolicy;

import org.apache.camel.support.jsse.SSLContextParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Console;
import java.nio.file.Path;

/**
 * Turns dcmrecv's TLS options ({@code +tls} and the rest) into the Camel SSLContextParameters the dicom: endpoints
 * use. With {@code +ps} (the default) the key password is asked on the console, as dcmrecv does, but only when the key
 * turns out to be encrypted.
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
                .keyFileFormat(tls.format() == KeyFileFormat.DER ? io.github.cameldicom.tls.KeyFileFormat.DER
                        : io.github.cameldicom.tls.KeyFileFormat.PEM)
                .profile(DicomTlsProfile.of(tls.profile().propertyValue()))
                .peerCertificatePolicy(PeerCertificatePolicy.of(tls.peerCertificate().propertyValue()));
        if (password != null) {
            b.keyPassword(password);
        }
        tls.trustedCertificates().stream().map(Path::toString).forEach(b::trustedCertificateFile);
        tls.trustedDirectories().stream().map(Path::toString).forEach(b::trustedCertificateDirectory);
        tls.cipherSuites().forEach(b::cipherSuite);
        if (!tls.crlFiles().isEmpty() || tls.crlVerification() != CrlVerification.NONE) {
            LOG.warn("certificate revocation lists (+crl, +crv, +cra) are not supported by this receiver; ignored");
        }
        if (tls.dhParameters().isPresent()) {
            LOG.warn("--dhparam is not needed: the Java runtime uses its own Diffie-Hellman groups of 2048 bits "
                     + "or more; ignored");
        }
        if (tls.seedFile().isPresent() || tls.writeSeedFile().isPresent()) {
            LOG.warn("random seed files (+rs, +ws, +wf) are not needed: the Java runtime seeds itself; ignored");
        }
        return b;
    }
}
