package io.github.cameldicom.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransferSyntaxesTest {

    @Test
    void holdsEveryTransferSyntaxOfTheStandard() {
        List<TransferSyntax> all = TransferSyntaxes.all();
        assertEquals(63, all.size(), "PS3.6 Table A-1 lists 63 transfer syntaxes");
        Set<String> uids = new HashSet<>();
        for (TransferSyntax ts : all) {
            assertTrue(Uids.isValid(ts.uid()), ts.uid());
            assertTrue(uids.add(ts.uid()), "duplicate " + ts.uid());
            assertFalse(ts.name().isBlank(), ts.uid());
            assertEquals(Optional.of(ts), TransferSyntaxes.lookup(ts.uid()));
            if (ts.dcmtkName() != null) {
                assertEquals(Optional.of(ts), TransferSyntaxes.byDcmtkName(ts.dcmtkName()));
            }
        }
        assertThrows(UnsupportedOperationException.class, () -> all.remove(0));
    }

    @Test
    void constants() {
        assertEquals("1.2.840.10008.1.2", TransferSyntaxes.IMPLICIT_VR_LITTLE_ENDIAN.uid());
        assertFalse(TransferSyntaxes.IMPLICIT_VR_LITTLE_ENDIAN.explicitVr());
        assertEquals("1.2.840.10008.1.2.1", TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN.uid());
        assertTrue(TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN.explicitVr());
        assertEquals("1.2.840.10008.1.2.2", TransferSyntaxes.EXPLICIT_VR_BIG_ENDIAN.uid());
        assertTrue(TransferSyntaxes.EXPLICIT_VR_BIG_ENDIAN.bigEndian());
        assertTrue(TransferSyntaxes.EXPLICIT_VR_BIG_ENDIAN.retired());
        assertEquals("1.2.840.10008.1.2.1.99", TransferSyntaxes.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN.uid());
        assertTrue(TransferSyntaxes.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN.deflated());
    }

    /** uid, explicitVr, bigEndian, deflated, encapsulated, retired, DCMTK 3.6.7 name ("" for none). */
    @ParameterizedTest
    @CsvSource({
        "1.2.840.10008.1.2,         false, false, false, false, false, LittleEndianImplicit",
        "1.2.840.10008.1.2.1,       true,  false, false, false, false, LittleEndianExplicit",
        "1.2.840.10008.1.2.1.98,    true,  false, false, true,  false, ''",
        "1.2.840.10008.1.2.1.99,    true,  false, true,  false, false, DeflatedLittleEndianExplicit",
        "1.2.840.10008.1.2.2,       true,  true,  false, false, true,  BigEndianExplicit",
        "1.2.840.10008.1.2.4.50,    true,  false, false, true,  false, JPEGBaseline",
        "1.2.840.10008.1.2.4.51,    true,  false, false, true,  false, JPEGExtended:Process2+4",
        "1.2.840.10008.1.2.4.52,    true,  false, false, true,  true,  JPEGExtended:Process3+5",
        "1.2.840.10008.1.2.4.57,    true,  false, false, true,  false, JPEGLossless:Non-hierarchical:Process14",
        "1.2.840.10008.1.2.4.66,    true,  false, false, true,  true,  JPEGLossless:Hierarchical:Process29",
        "1.2.840.10008.1.2.4.70, true, false, false, true, false, JPEGLossless:Non-hierarchical-1stOrderPrediction",
        "1.2.840.10008.1.2.4.80,    true,  false, false, true,  false, JPEGLSLossless",
        "1.2.840.10008.1.2.4.81,    true,  false, false, true,  false, JPEGLSLossy",
        "1.2.840.10008.1.2.4.90,    true,  false, false, true,  false, JPEG2000LosslessOnly",
        "1.2.840.10008.1.2.4.91,    true,  false, false, true,  false, JPEG2000",
        "1.2.840.10008.1.2.4.92,    true,  false, false, true,  false, JPEG2000MulticomponentLosslessOnly",
        "1.2.840.10008.1.2.4.93,    true,  false, false, true,  false, JPEG2000Multicomponent",
        "1.2.840.10008.1.2.4.94,    true,  false, false, false, false, JPIPReferenced",
        "1.2.840.10008.1.2.4.95,    true,  false, true,  false, false, JPIPReferencedDeflate",
        "1.2.840.10008.1.2.4.100,   true,  false, false, true,  false, MPEG2MainProfile@MainLevel",
        "1.2.840.10008.1.2.4.100.1, true,  false, false, true,  false, ''",
        "1.2.840.10008.1.2.4.101,   true,  false, false, true,  false, MPEG2MainProfile@HighLevel",
        "1.2.840.10008.1.2.4.102,   true,  false, false, true,  false, MPEG4HighProfile/Level4.1",
        "1.2.840.10008.1.2.4.103,   true,  false, false, true,  false, MPEG4BDcompatibleHighProfile/Level4.1",
        "1.2.840.10008.1.2.4.104,   true,  false, false, true,  false, MPEG4HighProfile/Level4.2For2DVideo",
        "1.2.840.10008.1.2.4.105,   true,  false, false, true,  false, MPEG4HighProfile/Level4.2For3DVideo",
        "1.2.840.10008.1.2.4.106,   true,  false, false, true,  false, MPEG4StereoHighProfile/Level4.2",
        "1.2.840.10008.1.2.4.106.1, true,  false, false, true,  false, ''",
        "1.2.840.10008.1.2.4.107,   true,  false, false, true,  false, HEVCMainProfile/Level5.1",
        "1.2.840.10008.1.2.4.108,   true,  false, false, true,  false, HEVCMain10Profile/Level5.1",
        "1.2.840.10008.1.2.4.110,   true,  false, false, true,  false, ''",
        "1.2.840.10008.1.2.4.111,   true,  false, false, true,  false, ''",
        "1.2.840.10008.1.2.4.112,   true,  false, false, true,  false, ''",
        "1.2.840.10008.1.2.4.201,   true,  false, false, true,  false, ''",
        "1.2.840.10008.1.2.4.202,   true,  false, false, true,  false, ''",
        "1.2.840.10008.1.2.4.203,   true,  false, false, true,  false, ''",
        "1.2.840.10008.1.2.4.204,   true,  false, false, false, false, ''",
        "1.2.840.10008.1.2.4.205,   true,  false, true,  false, false, ''",
        "1.2.840.10008.1.2.5,       true,  false, false, true,  false, RLELossless",
        "1.2.840.10008.1.2.6.1,     true,  false, false, false, true,  RFC2557MIMEEncapsulation",
        "1.2.840.10008.1.2.6.2,     true,  false, false, false, true,  XMLEncoding",
        "1.2.840.10008.1.2.7.1, true, false, false, false, false, SMPTEST2110-20:UncompressedProgressiveActiveVideo",
        "1.2.840.10008.1.2.7.2, true, false, false, false, false, SMPTEST2110-20:UncompressedInterlacedActiveVideo",
        "1.2.840.10008.1.2.7.3,     true,  false, false, false, false, SMPTEST2110-30:PCMDigitalAudio",
        "1.2.840.10008.1.2.8.1,     true,  false, false, true,  false, ''",
        "1.2.840.10008.1.20,        false, false, false, false, true,  ''",
    })
    void familyFlagsAndDcmtkNames(String uid, boolean explicitVr, boolean bigEndian, boolean deflated,
            boolean encapsulated, boolean retired, String dcmtkName) {
        TransferSyntax ts = TransferSyntaxes.lookup(uid).orElseThrow();
        assertEquals(explicitVr, ts.explicitVr(), "explicitVr");
        assertEquals(bigEndian, ts.bigEndian(), "bigEndian");
        assertEquals(deflated, ts.deflated(), "deflated");
        assertEquals(encapsulated, ts.encapsulated(), "encapsulated");
        assertEquals(retired, ts.retired(), "retired");
        assertEquals(dcmtkName.isEmpty() ? null : dcmtkName, ts.dcmtkName(), "dcmtkName");
    }

    @Test
    void everyJpegProcessIsEncapsulated() {
        for (int process = 50; process <= 66; process++) {
            assertTrue(TransferSyntaxes.lookup("1.2.840.10008.1.2.4." + process).orElseThrow().encapsulated());
        }
    }

    @Test
    void localAndOppositeEndianFollowThisMachine() {
        boolean little = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;
        assertEquals(little ? TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN : TransferSyntaxes.EXPLICIT_VR_BIG_ENDIAN,
                TransferSyntaxes.byDcmtkName("LocalEndianExplicit").orElseThrow());
        assertEquals(little ? TransferSyntaxes.EXPLICIT_VR_BIG_ENDIAN : TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN,
                TransferSyntaxes.byDcmtkName("OppositeEndianExplicit").orElseThrow());
    }

    @Test
    void unknownNamesAndUids() {
        assertEquals(Optional.empty(), TransferSyntaxes.lookup("1.2.3"));
        assertEquals(Optional.empty(), TransferSyntaxes.byDcmtkName("littleendianimplicit"));
        assertEquals(Optional.empty(), TransferSyntaxes.byDcmtkName("CTImageStorage"));
    }

    @Test
    void everyTransferSyntaxNameInStorescpCfgResolves() throws IOException {
        StoreScpConfig config = StoreScpConfig.load();
        for (String name : config.transferSyntaxNames) {
            assertTrue(TransferSyntaxes.byDcmtkName(name).isPresent(), name);
        }
    }
}
