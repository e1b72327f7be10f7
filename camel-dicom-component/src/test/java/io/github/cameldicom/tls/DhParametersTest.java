package io.github.cameldicom.tls;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading dcmrecv {@code +dp} files, and recognising the RFC 7919 groups in them, checked against openssl's. */
class DhParametersTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(FfdheGroup.class)
    void opensslsNamedGroupIsRecognised(FfdheGroup group) {
        OpenSsl.run(dir, "genpkey", "-genparam", "-algorithm", "DH", "-pkeyopt", "group:" + group.tlsName(), "-out",
                "dh.pem");
        DhParameters parameters = assertDoesNotThrow(dir.resolve("dh.pem"));
        assertEquals(group.bits(), parameters.bits());
        assertEquals(Optional.of(group), parameters.namedGroup());
    }

    @Test
    void otherParametersAreReadButNoNamedGroup() {
        // DSA-style parameters are quick to generate; their prime is not one of RFC 7919's
        OpenSsl.run(dir, "dhparam", "-dsaparam", "-out", "other.pem", "2048");
        DhParameters parameters = assertDoesNotThrow(dir.resolve("other.pem"));
        assertEquals(2048, parameters.bits());
        assertEquals(Optional.empty(), parameters.namedGroup());
    }

    @Test
    void x942ParametersAreRead() {
        OpenSsl.run(dir, "genpkey", "-genparam", "-algorithm", "DHX", "-pkeyopt", "dh_rfc5114:2", "-out", "x942.pem");
        assertTrue(TestPki.read(dir.resolve("x942.pem")).contains("X9.42 DH PARAMETERS"));
        DhParameters parameters = assertDoesNotThrow(dir.resolve("x942.pem"));
        assertEquals(2048, parameters.bits());
        assertEquals(Optional.empty(), parameters.namedGroup());
    }

    @Test
    void unusableFilesAreRefusedWithTheReason() {
        assertEquals("DH parameter file " + dir.resolve("missing.pem") + " does not exist",
                assertThrows(DicomTlsException.class, () -> DhParameters.read(dir.resolve("missing.pem")))
                        .getMessage());
        TestPki.write(dir.resolve("garbage.pem"), "not a PEM file\n");
        assertEquals("DH parameter file " + dir.resolve("garbage.pem") + " holds no '-----BEGIN DH PARAMETERS-----' "
                     + "block", assertThrows(DicomTlsException.class,
                () -> DhParameters.read(dir.resolve("garbage.pem"))).getMessage());
        // a DH PARAMETERS block that ends inside the prime
        TestPki.write(dir.resolve("truncated.pem"), "-----BEGIN DH PARAMETERS-----\nMIIBCAKCAQEA//////////8=\n"
                                                     + "-----END DH PARAMETERS-----\n");
        assertTrue(assertThrows(DicomTlsException.class, () -> DhParameters.read(dir.resolve("truncated.pem")))
                .getMessage().startsWith("DH parameter file " + dir.resolve("truncated.pem")
                                         + " holds invalid DH parameters: "));
    }

    private static DhParameters assertDoesNotThrow(Path file) {
        try {
            return DhParameters.read(file);
        } catch (DicomTlsException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
