package io.github.cameldicom.receiver;

import io.github.cameldicom.tls.CrlVerification;
import io.github.cameldicom.tls.DicomTlsProfile;
import io.github.cameldicom.tls.KeyFileFormat;
import io.github.cameldicom.tls.PeerCertificatePolicy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The TLS options, present only with {@code +tls}.
 *
 * @param keyFile our private key ({@code +tls}, first value)
 * @param certificateFile our certificate ({@code +tls}, second value)
 * @param keyPassword the private key password: empty means ask on the console ({@code +ps}, default), an empty
 *     string means no password ({@code -pw}), anything else is the password ({@code +pw})
 * @param format the encoding of key, certificate and CRL files ({@code -pem}, {@code -der})
 * @param trustedCertificates certificates of trusted authorities ({@code +cf}, repeatable)
 * @param trustedDirectories directories of such certificates ({@code +cd}, repeatable)
 * @param crlFiles certificate revocation lists ({@code +crl}, repeatable)
 * @param crlVerification which certificates are checked against them ({@code +crv}, {@code +cra})
 * @param profile the security profile ({@code +py} default, {@code +px}, {@code +pz}, {@code +pb}, {@code +pa},
 *     {@code +pn})
 * @param cipherSuites cipher suites added to the profile's ({@code +cs}, repeatable, in command line order)
 * @param dhParameters Diffie-Hellman parameters ({@code +dp})
 * @param seedFile random seed ({@code +rs})
 * @param writeSeedFile where the modified seed is written back ({@code +ws}: the seed file; {@code +wf})
 * @param peerCertificate what is asked of the caller's certificate ({@code -rc}, {@code -vc}, {@code -ic})
 */
public record TlsSettings(
        Path keyFile,
        Path certificateFile,
        Optional<String> keyPassword,
        KeyFileFormat format,
        List<Path> trustedCertificates,
        List<Path> trustedDirectories,
        List<Path> crlFiles,
        CrlVerification crlVerification,
        DicomTlsProfile profile,
        List<String> cipherSuites,
        Optional<Path> dhParameters,
        Optional<Path> seedFile,
        Optional<Path> writeSeedFile,
        PeerCertificatePolicy peerCertificate) {

    public TlsSettings {
        trustedCertificates = List.copyOf(trustedCertificates);
        trustedDirectories = List.copyOf(trustedDirectories);
        crlFiles = List.copyOf(crlFiles);
        cipherSuites = List.copyOf(cipherSuites);
    }

    /** Like the record's, but without the password, which must not end up in a log file. */
    @Override
    public String toString() {
        return "TlsSettings[keyFile=" + keyFile + ", certificateFile=" + certificateFile
                + ", keyPassword=" + keyPassword.map(password -> "***").orElse("<prompt>")
                + ", format=" + format + ", trustedCertificates=" + trustedCertificates
                + ", trustedDirectories=" + trustedDirectories + ", crlFiles=" + crlFiles
                + ", crlVerification=" + crlVerification + ", profile=" + profile + ", cipherSuites=" + cipherSuites
                + ", dhParameters=" + dhParameters + ", seedFile=" + seedFile + ", writeSeedFile=" + writeSeedFile
                + ", peerCertificate=" + peerCertificate + "]";
    }
}
