package io.github.cameldicom.receiver;

import static io.github.cameldicom.receiver.DcmrecvCommandLineTest.withPort;
import static io.github.cameldicom.receiver.Parsing.error;
import static io.github.cameldicom.receiver.Parsing.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cameldicom.tls.CrlVerification;
import io.github.cameldicom.tls.DicomTlsProfile;
import io.github.cameldicom.tls.KeyFileFormat;
import io.github.cameldicom.tls.PeerCertificatePolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The TLS options: values, defaults, and the checks dcmrecv makes. */
class TlsOptionsTest {

    @Test
    void enableTlsWithDefaults() {
        TlsSettings tls = settings("+tls", "key.pem", "cert.pem", "104").tls().orElseThrow();
        assertEquals(new TlsSettings(Path.of("key.pem"), Path.of("cert.pem"), Optional.empty(), KeyFileFormat.PEM,
                List.of(), List.of(), List.of(), CrlVerification.NONE, DicomTlsProfile.BCP195_ND, List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), PeerCertificatePolicy.REQUIRE), tls);
    }

    @Test
    void everyTlsOptionInLongForm() {
        TlsSettings tls = settings(("--enable-tls k c --use-passwd pw --der-keys --add-cert-file ca1 "
                + "--add-cert-file ca2 --add-cert-dir dir1 --add-crl-file crl1 --enable-crl-all --profile-bcp195 "
                + "--cipher S1 --cipher S2 --dhparam dh --seed seed --write-seed-file out --verify-peer-cert "
                + "--disable-tls --enable-tls k c 104").split(" ")).tls().orElseThrow();
        assertEquals(new TlsSettings(Path.of("k"), Path.of("c"), Optional.of("pw"), KeyFileFormat.DER,
                List.of(Path.of("ca1"), Path.of("ca2")), List.of(Path.of("dir1")), List.of(Path.of("crl1")),
                CrlVerification.ALL, DicomTlsProfile.BCP195, List.of("S1", "S2"), Optional.of(Path.of("dh")),
                Optional.of(Path.of("seed")), Optional.of(Path.of("out")), PeerCertificatePolicy.VERIFY), tls);
    }

    @Test
    void nullPasswordIsEmpty() {
        assertEquals(Optional.of(""), tls("-pw").keyPassword());
        assertEquals(Optional.of(""), tls("--null-passwd").keyPassword());
        assertEquals(Optional.empty(), tls("--std-passwd").keyPassword());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "+crv|LEAF", "+cra|ALL", "+crl list.pem|LEAF", "+crl list.pem +cra|ALL", "+cd dir|NONE",
    })
    void crlVerification(String options, CrlVerification expected) {
        assertEquals(expected, tls(options).crlVerification());
    }

    @Test
    void writeSeedWritesBackToTheSeedFile() {
        assertEquals(Optional.of(Path.of("seed")), tls("+rs seed +ws").writeSeedFile());
        assertEquals(Optional.of(Path.of("out")), tls("+rs seed +wf out").writeSeedFile());
        assertEquals(Optional.empty(), tls("+rs seed").writeSeedFile());
    }

    @Test
    void thePasswordStaysOutOfToString() {
        assertEquals(-1, tls("+pw secret").toString().indexOf("secret"));
    }

    @Test
    void profileBasicIsAcceptedThoughThisDcmrecvHidesIt() {
        assertEquals(DicomTlsProfile.BASIC, tls("+pb").profile());
        assertEquals(DicomTlsProfile.BASIC, tls("--profile-basic").profile());
        assertEquals("--profile-basic only allowed with --enable-tls", error("+pb", "104"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "+ps|--std-passwd only allowed with --enable-tls",
        "+pw x|--use-passwd only allowed with --enable-tls",
        "-pw|--null-passwd only allowed with --enable-tls",
        "-pem|--pem-keys only allowed with --enable-tls",
        "-der|--der-keys only allowed with --enable-tls",
        "+cf x|--add-cert-file only allowed with --enable-tls",
        "+cd x|--add-cert-dir only allowed with --enable-tls",
        "+crl x|--add-crl-file only allowed with --enable-tls",
        "+crv|--enable-crl-vfy only allowed with --enable-tls",
        "+cra|--enable-crl-all only allowed with --enable-tls",
        "+py|--profile-bcp195-nd only allowed with --enable-tls",
        "+px|--profile-bcp195 only allowed with --enable-tls",
        "+pz|--profile-bcp195-ex only allowed with --enable-tls",
        // dcmrecv 3.6.7 names the wrong option here; we say the same
        "+pa|--profile-basic only allowed with --enable-tls",
        "+pn|--profile-null only allowed with --enable-tls",
        "+cs x|--cipher only allowed with --enable-tls",
        "+dp x|--dhparam only allowed with --enable-tls",
        "+rs x|--seed only allowed with --enable-tls",
        "+ws|--write-seed only allowed with --enable-tls",
        "+wf x|--write-seed-file only allowed with --enable-tls",
        "-rc|--require-peer-cert only allowed with --enable-tls",
        "-vc|--verify-peer-cert only allowed with --enable-tls",
        "-ic|--ignore-peer-cert only allowed with --enable-tls",
        "-tls +pw x|--use-passwd only allowed with --enable-tls",
        "+tls k c -tls +pw x|--use-passwd only allowed with --enable-tls",
        // several mistakes: the one dcmrecv checks first
        "-pw +pw x|--use-passwd only allowed with --enable-tls",
        "-der -pem|--pem-keys only allowed with --enable-tls",
        "+py +px|--profile-bcp195 only allowed with --enable-tls",
        "+pz +py|--profile-bcp195-nd only allowed with --enable-tls",
        "+pn +pa|--profile-basic only allowed with --enable-tls",
        "-vc -ic|--ignore-peer-cert only allowed with --enable-tls",
        "-vc -rc|--require-peer-cert only allowed with --enable-tls",
        "+dp x +rs y|--dhparam only allowed with --enable-tls",
        "+ws +rs x|--seed only allowed with --enable-tls",
        "+wf x +ws|--write-seed only allowed with --enable-tls",
        "+py -rc|--require-peer-cert only allowed with --enable-tls",
        "+crv +cf x|--add-cert-file only allowed with --enable-tls",
        "+crl x +cd y|--add-cert-dir only allowed with --enable-tls",
        "+cs x +crv|--enable-crl-vfy only allowed with --enable-tls",
        // with +tls
        "+tls k c +ws|--write-seed only allowed with --seed",
        "+tls k c +wf f|--write-seed-file only allowed with --seed",
        "+tls k c +crv +cra|--enable-crl-all not allowed with --enable-crl-vfy",
        "+tls k c +cra +crv|--enable-crl-all not allowed with --enable-crl-vfy",
        "+tls k c +cs x +pz|--cipher not allowed with --profile-bcp195-ex",
        "+tls k c +pz +cs x|--cipher not allowed with --profile-bcp195-ex",
    })
    void refusedLikeDcmrecv(String options, String message) {
        assertEquals(message, error(withPort(options)));
    }

    private static TlsSettings tls(String options) {
        return settings(withPort("+tls k c " + options)).tls().orElseThrow();
    }
}
