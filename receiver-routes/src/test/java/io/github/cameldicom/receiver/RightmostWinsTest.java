package io.github.cameldicom.receiver;

import static io.github.cameldicom.receiver.Parsing.property;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Options that exclude each other: the rightmost one applies, wherever the port stands ({@code man dcmrecv},
 * "COMMAND LINE"). An option given twice counts once, from its rightmost occurrence.
 */
class RightmostWinsTest {

    private static final String TLS = "+tls key.pem cert.pem ";

    @ParameterizedTest(name = "{0} -> {1}={2}")
    @CsvSource(delimiter = '|', value = {
        // -q, -v, -d
        "-q -v|dicom.log.level|info",
        "-v -q|dicom.log.level|fatal",
        "-v -d|dicom.log.level|debug",
        "-d -v|dicom.log.level|info",
        "-d -q -v -d|dicom.log.level|debug",
        "-q -d|dicom.log.level|debug",
        // -s, +ssd
        "-s +ssd|dicom.subdirectoryScheme|seriesDate",
        "+ssd -s|dicom.subdirectoryScheme|none",
        "+ssd -s +ssd|dicom.subdirectoryScheme|seriesDate",
        // +fd, +fu, +fsu, +fst
        "+fu +fd|dicom.fileNameScheme|sopInstance",
        "+fd +fu|dicom.fileNameScheme|unique",
        "+fst +fu +fsu|dicom.fileNameScheme|shortUnique",
        "+fsu +fu +fst|dicom.fileNameScheme|systemTime",
        "+fst +fsu +fu +fd|dicom.fileNameScheme|sopInstance",
        // -B, +B, --ignore
        "+B -B|dicom.storageMode|normal",
        "-B +B|dicom.storageMode|bitPreserving",
        "+B --ignore|dicom.storageMode|ignore",
        "--ignore +B|dicom.storageMode|bitPreserving",
        "--ignore +B -B|dicom.storageMode|normal",
        // -xf, --accept-all
        "-xf f p --accept-all|dicom.acceptance|storage",
        "--accept-all -xf f p|dicom.acceptance|profile",
        "-xf a p -xf b q|dicom.profileFile|b",
        "-xf a p -xf b q|dicom.profileName|q",
        // -aet, -uca
        "-aet A -uca|dicom.useCalledAeTitle|true",
        "-uca -aet A|dicom.useCalledAeTitle|false",
        "-uca -aet A|dicom.aeTitle|A",
        "-aet A -aet B|dicom.aeTitle|B",
        // single-valued options given twice
        "-ta 5 -ta 7|dicom.acseTimeout|7000",
        "-td 5 -td 7|dicom.dimseTimeout|7000",
        "-pdu 8192 -pdu 4096|dicom.maxPduLength|4096",
        "-fe .a -fe .b|dicom.extension|.b",
        "--max-associations 3 --max-associations 4|dicom.maxAssociations|4",
        "-ll debug -ll info|dicom.log.level|info",
        // -tls, +tls
        "-tls +tls k c|dicom.tls.enabled|true",
        "+tls k c -tls|dicom.tls.enabled|false",
        "+tls a b +tls k c|dicom.tls.keyFile|k",
        // +ps, +pw, -pw (dicom.tls.keyPassword is absent for +ps)
        TLS + "+ps +pw secret|dicom.tls.keyPassword|secret",
        TLS + "+pw secret -pw|dicom.tls.keyPassword|''",
        TLS + "-pw +pw secret|dicom.tls.keyPassword|secret",
        TLS + "+pw a +pw b|dicom.tls.keyPassword|b",
        // -pem, -der
        TLS + "-pem -der|dicom.tls.format|der",
        TLS + "-der -pem|dicom.tls.format|pem",
        // security profiles
        TLS + "+px|dicom.tls.profile|bcp195",
        TLS + "+px +py|dicom.tls.profile|bcp195-nd",
        TLS + "+py +px|dicom.tls.profile|bcp195",
        TLS + "+px +pz|dicom.tls.profile|bcp195-ex",
        TLS + "+pz +pb|dicom.tls.profile|basic",
        TLS + "+pb +pa|dicom.tls.profile|aes",
        TLS + "+pa +pn|dicom.tls.profile|null",
        TLS + "+pn +px|dicom.tls.profile|bcp195",
        TLS + "+pz +px +cs TLS_AES_128_GCM_SHA256|dicom.tls.profile|bcp195",
        // -rc, -vc, -ic
        TLS + "-rc -vc|dicom.tls.peerCertificate|verify",
        TLS + "-vc -ic|dicom.tls.peerCertificate|ignore",
        TLS + "-ic -rc|dicom.tls.peerCertificate|require",
        TLS + "-ic -vc -rc -ic|dicom.tls.peerCertificate|ignore",
        // +ws, +wf
        TLS + "+rs seed +wf other +ws|dicom.tls.writeSeedFile|seed",
        TLS + "+rs seed +ws +wf other|dicom.tls.writeSeedFile|other",
    })
    void theRightmostApplies(String options, String key, String value) {
        assertEquals(value, property(key, DcmrecvCommandLineTest.withPort(options)));
        assertEquals(value, property(key, ("104 " + options).split(" ")), "with the port first");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        TLS + "+pw secret +ps",
        TLS + "-pw +ps",
        TLS,
    })
    void stdPasswordLeavesThePasswordOut(String options) {
        assertEquals(null, property("dicom.tls.keyPassword", DcmrecvCommandLineTest.withPort(options)));
    }
}
