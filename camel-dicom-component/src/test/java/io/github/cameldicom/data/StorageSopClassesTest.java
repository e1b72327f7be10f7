package io.github.cameldicom.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StorageSopClassesTest {

    @Test
    void registryIsConsistent() {
        List<SopClass> all = StorageSopClasses.all();
        assertTrue(all.size() >= 211, "size " + all.size());
        Set<String> keywords = new HashSet<>();
        for (SopClass sopClass : all) {
            assertTrue(Uids.isValid(sopClass.uid()), sopClass.uid());
            assertTrue(sopClass.uid().startsWith("1.2.840.10008.5.1."), sopClass.uid());
            assertTrue(keywords.add(sopClass.keyword()), "duplicate keyword " + sopClass.keyword());
            assertTrue(StorageSopClasses.isStorage(sopClass.uid()));
            assertEquals(Optional.of(sopClass), StorageSopClasses.lookup(sopClass.uid()));
            if (sopClass.dcmtkName() != null) {
                assertEquals(Optional.of(sopClass.uid()), StorageSopClasses.uidByDcmtkName(sopClass.dcmtkName()));
            }
            if (sopClass.modalityPrefix() != null) {
                assertEquals(sopClass.modalityPrefix(), StorageSopClasses.modalityPrefix(sopClass.uid()));
            }
        }
    }

    /** keyword, UID, DCMTK 3.6.7 name, dcmSOPClassUIDToModality() as DCMTK 3.6.7 returns it ("" for none). */
    @ParameterizedTest
    @CsvSource({
        "CTImageStorage, 1.2.840.10008.5.1.4.1.1.2, CTImageStorage, CT",
        "MRImageStorage, 1.2.840.10008.5.1.4.1.1.4, MRImageStorage, MR",
        "UltrasoundImageStorage, 1.2.840.10008.5.1.4.1.1.6.1, UltrasoundImageStorage, US",
        "UltrasoundImageStorageRetired, 1.2.840.10008.5.1.4.1.1.6, RETIRED_UltrasoundImageStorage, USr",
        "SecondaryCaptureImageStorage, 1.2.840.10008.5.1.4.1.1.7, SecondaryCaptureImageStorage, SC",
        "MultiFrameGrayscaleByteSecondaryCaptureImageStorage, 1.2.840.10008.5.1.4.1.1.7.2, "
            + "MultiframeGrayscaleByteSecondaryCaptureImageStorage, SCb",
        "ComputedRadiographyImageStorage, 1.2.840.10008.5.1.4.1.1.1, ComputedRadiographyImageStorage, CR",
        "DigitalXRayImageStorageForPresentation, 1.2.840.10008.5.1.4.1.1.1.1, "
            + "DigitalXRayImageStorageForPresentation, DX",
        "DigitalMammographyXRayImageStorageForPresentation, 1.2.840.10008.5.1.4.1.1.1.2, "
            + "DigitalMammographyXRayImageStorageForPresentation, DXm",
        "PositronEmissionTomographyImageStorage, 1.2.840.10008.5.1.4.1.1.128, "
            + "PositronEmissionTomographyImageStorage, PI",
        "NuclearMedicineImageStorage, 1.2.840.10008.5.1.4.1.1.20, NuclearMedicineImageStorage, NM",
        "RTImageStorage, 1.2.840.10008.5.1.4.1.1.481.1, RTImageStorage, RI",
        "RTDoseStorage, 1.2.840.10008.5.1.4.1.1.481.2, RTDoseStorage, RD",
        "RTStructureSetStorage, 1.2.840.10008.5.1.4.1.1.481.3, RTStructureSetStorage, RS",
        "RTPlanStorage, 1.2.840.10008.5.1.4.1.1.481.5, RTPlanStorage, RP",
        "BasicTextSRStorage, 1.2.840.10008.5.1.4.1.1.88.11, BasicTextSRStorage, SRt",
        "ComprehensiveSRStorage, 1.2.840.10008.5.1.4.1.1.88.33, ComprehensiveSRStorage, SRc",
        "KeyObjectSelectionDocumentStorage, 1.2.840.10008.5.1.4.1.1.88.59, KeyObjectSelectionDocumentStorage, KO",
        "XRayRadiationDoseSRStorage, 1.2.840.10008.5.1.4.1.1.88.67, XRayRadiationDoseSRStorage, SRd",
        "TextSRStorageTrial, 1.2.840.10008.5.1.4.1.1.88.1, DRAFT_SRTextStorage, SR_t",
        "TwelveLeadECGWaveformStorage, 1.2.840.10008.5.1.4.1.1.9.1.1, TwelveLeadECGWaveformStorage, TLE",
        "GrayscaleSoftcopyPresentationStateStorage, 1.2.840.10008.5.1.4.1.1.11.1, "
            + "GrayscaleSoftcopyPresentationStateStorage, PSg",
        "RawDataStorage, 1.2.840.10008.5.1.4.1.1.66, RawDataStorage, RAW",
        "SegmentationStorage, 1.2.840.10008.5.1.4.1.1.66.4, SegmentationStorage, SG",
        "EncapsulatedPDFStorage, 1.2.840.10008.5.1.4.1.1.104.1, EncapsulatedPDFStorage, PDF",
        "EncapsulatedCDAStorage, 1.2.840.10008.5.1.4.1.1.104.2, EncapsulatedCDAStorage, CDA",
        "EncapsulatedSTLStorage, 1.2.840.10008.5.1.4.1.1.104.3, EncapsulatedSTLStorage, STL",
        "EncapsulatedOBJStorage, 1.2.840.10008.5.1.4.1.1.104.4, EncapsulatedOBJStorage, OBJ",
        "EncapsulatedMTLStorage, 1.2.840.10008.5.1.4.1.1.104.5, EncapsulatedMTLStorage, MTL",
        "VLWholeSlideMicroscopyImageStorage, 1.2.840.10008.5.1.4.1.1.77.1.6, VLWholeSlideMicroscopyImageStorage, VLw",
        "HardcopyColorImageStorage, 1.2.840.10008.5.1.1.30, RETIRED_HardcopyColorImageStorage, HC",
        "StoredPrintStorage, 1.2.840.10008.5.1.1.27, RETIRED_StoredPrintStorage, SP",
        "HangingProtocolStorage, 1.2.840.10008.5.1.4.38.1, HangingProtocolStorage, HP",
        "DICOSCTImageStorage, 1.2.840.10008.5.1.4.1.1.501.1, DICOS_CTImageStorage, CTs",
        "EddyCurrentImageStorage, 1.2.840.10008.5.1.4.1.1.601.1, DICONDE_EddyCurrentImageStorage, EC",
        "PhotoacousticImageStorage, 1.2.840.10008.5.1.4.1.1.6.3, '', ''",
        "InventoryStorage, 1.2.840.10008.5.1.4.1.1.201.1, '', ''",
        "UltrasoundWaveformStorage, 1.2.840.10008.5.1.4.1.1.601.5, '', ''",
    })
    void sampleOfClasses(String keyword, String uid, String dcmtkName, String prefix) {
        SopClass sopClass = StorageSopClasses.lookup(uid).orElseThrow();
        assertEquals(keyword, sopClass.keyword());
        assertEquals(dcmtkName.isEmpty() ? null : dcmtkName, sopClass.dcmtkName());
        assertEquals(prefix.isEmpty() ? null : prefix, sopClass.modalityPrefix());
        assertEquals(prefix.isEmpty() ? "UNKNOWN" : prefix, StorageSopClasses.modalityPrefix(uid));
        assertEquals(prefix.isEmpty() ? "XX" : prefix, StorageSopClasses.modalityPrefix(uid, "XX"));
    }

    @Test
    void unknownAndNonStorageUidsGetDcmrecvsFallback() {
        // dcmrecv 3.6.7 names such files UNKNOWN.<sop-instance-uid> (checked with dcmsend -nuc against dcmrecv)
        assertEquals("UNKNOWN", StorageSopClasses.modalityPrefix("1.2.3.4.5"));
        assertEquals("UNKNOWN", StorageSopClasses.modalityPrefix("1.2.840.10008.1.1"));
        assertEquals("UNKNOWN", StorageSopClasses.modalityPrefix(null));
        assertEquals("XX", StorageSopClasses.modalityPrefix("1.2.3.4.5", "XX"));
    }

    @Test
    void nonStorageClassesAreNotStorage() {
        assertFalse(StorageSopClasses.isStorage("1.2.840.10008.1.1"), "Verification");
        assertFalse(StorageSopClasses.isStorage("1.2.840.10008.1.20.1"), "Storage Commitment Push Model");
        assertFalse(StorageSopClasses.isStorage("1.2.840.10008.1.3.10"), "Media Storage Directory Storage");
        assertFalse(StorageSopClasses.isStorage("1.2.840.10008.5.1.4.1.2.2.1"), "Study Root Q/R FIND");
        assertFalse(StorageSopClasses.isStorage("1.2.840.10008.1.2"), "a transfer syntax");
        assertFalse(StorageSopClasses.isStorage(null));
        assertEquals(Optional.empty(), StorageSopClasses.lookup("1.2.3"));
    }

    @Test
    void nonStorageDcmtkNames() {
        assertEquals(Optional.of("1.2.840.10008.1.1"), StorageSopClasses.uidByDcmtkName("VerificationSOPClass"));
        assertEquals(Optional.of("1.2.840.10008.1.20.1"),
                StorageSopClasses.uidByDcmtkName("StorageCommitmentPushModelSOPClass"));
        assertEquals(Optional.of("1.2.840.10008.5.1.4.1.2.2.1"),
                StorageSopClasses.uidByDcmtkName("FINDStudyRootQueryRetrieveInformationModel"));
        assertEquals(Optional.of("1.2.840.10008.5.1.4.31"),
                StorageSopClasses.uidByDcmtkName("FINDModalityWorklistInformationModel"));
        assertEquals(Optional.empty(), StorageSopClasses.uidByDcmtkName("ctimagestorage"));
        assertEquals(Optional.empty(), StorageSopClasses.uidByDcmtkName("LittleEndianImplicit"));
        assertEquals(Optional.of("VerificationSOPClass"), StorageSopClasses.dcmtkName("1.2.840.10008.1.1"));
        assertEquals(Optional.of("JPEGBaseline"), StorageSopClasses.dcmtkName("1.2.840.10008.1.2.4.50"));
    }

    @Test
    void everySopClassNameInStorescpCfgResolves() throws IOException {
        StoreScpConfig config = StoreScpConfig.load();
        assertTrue(config.sopClassNames.size() > 100, "parsed " + config.sopClassNames.size());
        for (String name : config.sopClassNames) {
            String uid = StorageSopClasses.uidByDcmtkName(name).orElse(null);
            assertTrue(uid != null, name + " does not resolve");
            if (!name.equals("VerificationSOPClass")) {
                assertTrue(StorageSopClasses.isStorage(uid), name + " " + uid + " is not a storage class");
                assertEquals(name, StorageSopClasses.lookup(uid).orElseThrow().dcmtkName());
            }
        }
    }

    @Test
    void knownAbsenceOfAModalityPrefix() {
        assertNull(StorageSopClasses.lookup("1.2.840.10008.5.1.4.1.1.88.77").orElseThrow().modalityPrefix());
    }
}
