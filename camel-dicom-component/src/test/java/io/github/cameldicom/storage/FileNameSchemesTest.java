package io.github.cameldicom.storage;

import java.util.Locale;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import io.github.cameldicom.DicomConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every scheme with a fixed clock, random source and UID generator, so that names are exact. */
class FileNameSchemesTest {

    static final String CT = "1.2.840.10008.5.1.4.1.1.2";
    static final String RT_PLAN = "1.2.840.10008.5.1.4.1.1.481.5";
    static final String PRIVATE_CLASS = "1.2.3.4";
    static final String INSTANCE = "1.3.6.1.4.1.5962.1.1.1.1.1.20040119072730.12322";
    /** 2024-01-31 23:59:59.000042 UTC. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-31T23:59:59.000042Z"), ZoneOffset.UTC);

    private static CamelContext context;

    @BeforeAll
    static void startContext() {
        context = new DefaultCamelContext();
        context.start();
    }

    @AfterAll
    static void stopContext() {
        context.stop();
    }

    static DicomFileNameProcessor processor(SubdirectoryScheme subdirectories, FileNameScheme names) {
        return new DicomFileNameProcessor()
                .withSubdirectoryScheme(subdirectories)
                .withFileNameScheme(names)
                .withClock(CLOCK)
                .withRandom(fixedRandom(0x0123456789abcdefL))
                .withUidGenerator(() -> "2.25.42");
    }

    static RandomGenerator fixedRandom(long value) {
        return () -> value;
    }

    static Map<String, Object> headers(String sopClassUid, String sopInstanceUid, String seriesDate) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(DicomConstants.SOP_CLASS_UID, sopClassUid);
        headers.put(DicomConstants.SOP_INSTANCE_UID, sopInstanceUid);
        if (seriesDate != null) {
            headers.put(DicomConstants.SERIES_DATE, seriesDate);
        }
        return headers;
    }

    private static String name(DicomFileNameProcessor processor, Map<String, Object> headers) {
        Exchange exchange = Exchanges.withHeaders(context, headers);
        processor.process(exchange);
        String fileName = exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class);
        assertEquals(fileName, exchange.getMessage().getHeader(DicomConstants.RELATIVE_PATH, String.class),
                "CamelFileName and CamelDicomRelativePath must agree");
        Exchanges.complete(exchange);
        return fileName;
    }

    @Test
    void sopInstanceIsPrefixDotUid() {
        DicomFileNameProcessor p = processor(SubdirectoryScheme.none, FileNameScheme.sopInstance);
        assertEquals("CT." + INSTANCE, name(p, headers(CT, INSTANCE, "19970430")));
        assertEquals("RP." + INSTANCE + ".dcm", name(p.withExtension(".dcm"), headers(RT_PLAN, INSTANCE, null)));
    }

    @Test
    void sopInstanceIsTheDefault() {
        DicomFileNameProcessor p = new DicomFileNameProcessor();
        assertEquals(SubdirectoryScheme.none, p.getSubdirectoryScheme());
        assertEquals(FileNameScheme.sopInstance, p.getFileNameScheme());
        assertEquals("", p.getExtension());
        assertEquals("CT." + INSTANCE, name(p, headers(CT, INSTANCE, "19970430")));
    }

    @Test
    void uniqueIsPrefixDotXDotNewUid() {
        DicomFileNameProcessor p = processor(SubdirectoryScheme.seriesDate, FileNameScheme.unique)
                .withExtension(".dcm");
        assertEquals("data/1997/04/30/CT.X.2.25.42.dcm", name(p, headers(CT, INSTANCE, "19970430")));
    }

    @Test
    void uniqueUsesRealUuidDerivedUidsByDefault() {
        DicomFileNameProcessor p = new DicomFileNameProcessor().withFileNameScheme(FileNameScheme.unique);
        String first = name(p, headers(CT, INSTANCE, null));
        String second = name(p, headers(CT, INSTANCE, null));
        assertTrue(first.matches("CT\\.X\\.2\\.25\\.[1-9][0-9]{0,38}"), first);
        assertNotEquals(first, second);
    }

    @Test
    void shortUniqueIsPrefixUnderscoreSixteenLowerCaseHexDigits() {
        DicomFileNameProcessor p = processor(SubdirectoryScheme.none, FileNameScheme.shortUnique);
        assertEquals("CT_0123456789abcdef", name(p, headers(CT, INSTANCE, null)));
        p.withRandom(fixedRandom(0xfL));
        assertEquals("CT_000000000000000f.dcm", name(p.withExtension(".dcm"), headers(CT, INSTANCE, null)));
        p.withRandom(new SplittableRandom(7));
        assertTrue(name(p, headers(CT, INSTANCE, null)).matches("CT_[0-9a-f]{16}\\.dcm"));
    }

    @Test
    void systemTimeIsTimestampDotMicrosecondsDotPrefix() {
        DicomFileNameProcessor p = processor(SubdirectoryScheme.none, FileNameScheme.systemTime);
        assertEquals("20240131235959.000042.CT", name(p, headers(CT, INSTANCE, null)));
    }

    /** A locale whose digits are not ASCII (ar-EG writes U+0660..) must not reach the name, which only ASCII passes. */
    @Test
    void systemTimeNamesHaveAsciiDigitsInAnyLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("ar-EG"));
        try {
            DicomFileNameProcessor p = processor(SubdirectoryScheme.none, FileNameScheme.systemTime);
            assertEquals("20240131235959.000042.CT", name(p, headers(CT, INSTANCE, null)));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void systemTimeIsLocalTimeOfTheClocksZone() {
        DicomFileNameProcessor p = processor(SubdirectoryScheme.seriesDate, FileNameScheme.systemTime)
                .withClock(CLOCK.withZone(ZoneId.of("Asia/Tokyo"))).withExtension(".dcm");
        assertEquals("undef/20240201/20240201085959.000042.CT.dcm", name(p, headers(CT, INSTANCE, null)));
    }

    @Test
    void systemTimeNamesWithinOneMicrosecondStillDiffer() {
        DicomFileNameProcessor p = processor(SubdirectoryScheme.none, FileNameScheme.systemTime);
        assertEquals("20240131235959.000042.CT", name(p, headers(CT, INSTANCE, null)));
        assertEquals("20240131235959.000043.MR", name(p, headers("1.2.840.10008.5.1.4.1.1.4", INSTANCE, null)));
        assertEquals("20240131235959.000044.CT", name(p, headers(CT, INSTANCE, null)));
    }

    @Test
    void subdirectoryAndFileNameCombine() {
        DicomFileNameProcessor p = processor(SubdirectoryScheme.seriesDate, FileNameScheme.sopInstance)
                .withExtension(".dcm");
        assertEquals("data/1997/04/30/CT." + INSTANCE + ".dcm", name(p, headers(CT, INSTANCE, "19970430")));
        assertEquals("undef/20240131/CT." + INSTANCE + ".dcm", name(p, headers(CT, INSTANCE, "19971330")));
        assertEquals("undef/20240131/CT." + INSTANCE + ".dcm", name(p, headers(CT, INSTANCE, null)));
    }

    @Test
    void unknownSopClassFallsBackToUnknownExceptForShortUniqueWhichUsesXx() {
        // the fallbacks dcmrecv 3.6.7 writes, seen in DcmrecvComparisonTest
        Map<String, Object> h = headers(PRIVATE_CLASS, INSTANCE, null);
        assertEquals("UNKNOWN." + INSTANCE, name(processor(SubdirectoryScheme.none, FileNameScheme.sopInstance), h));
        assertEquals("UNKNOWN.X.2.25.42", name(processor(SubdirectoryScheme.none, FileNameScheme.unique), h));
        assertEquals("XX_0123456789abcdef", name(processor(SubdirectoryScheme.none, FileNameScheme.shortUnique), h));
        assertEquals("20240131235959.000042.UNKNOWN",
                name(processor(SubdirectoryScheme.none, FileNameScheme.systemTime), h));
    }

    @Test
    void modalityPrefixHeaderWinsOverTheSopClass() {
        Map<String, Object> h = headers(CT, INSTANCE, null);
        h.put(DicomConstants.MODALITY_PREFIX, "MR");
        assertEquals("MR." + INSTANCE, name(processor(SubdirectoryScheme.none, FileNameScheme.sopInstance), h));
    }

    @Test
    void unknownPrefixHeaderMeansTheSchemesOwnFallback() {
        // the consumer writes UNKNOWN for classes DCMTK has no prefix for; +fsu names use XX for them
        Map<String, Object> h = headers(PRIVATE_CLASS, INSTANCE, null);
        h.put(DicomConstants.MODALITY_PREFIX, "UNKNOWN");
        assertEquals("XX_0123456789abcdef", name(processor(SubdirectoryScheme.none, FileNameScheme.shortUnique), h));
        assertEquals("UNKNOWN." + INSTANCE, name(processor(SubdirectoryScheme.none, FileNameScheme.sopInstance), h));
    }

    @Test
    void withoutSopClassGeneratedNamesUseTheFallbackButSopInstanceNamesFail() {
        Map<String, Object> h = headers(null, INSTANCE, null);
        assertEquals("XX_0123456789abcdef", name(processor(SubdirectoryScheme.none, FileNameScheme.shortUnique), h));
        assertEquals("UNKNOWN.X.2.25.42", name(processor(SubdirectoryScheme.none, FileNameScheme.unique), h));
        // dcmrecv cannot make a default name without a SOP Class UID either
        DicomFileNameProcessor p = processor(SubdirectoryScheme.none, FileNameScheme.sopInstance);
        assertThrows(DicomFileNameException.class, () -> name(p, h));
    }

    @Test
    void generatedNamesNeedNoSopInstanceUid() {
        Map<String, Object> h = headers(CT, null, null);
        assertEquals("CT_0123456789abcdef", name(processor(SubdirectoryScheme.none, FileNameScheme.shortUnique), h));
        DicomFileNameProcessor p = processor(SubdirectoryScheme.none, FileNameScheme.sopInstance);
        DicomFileNameException e = assertThrows(DicomFileNameException.class, () -> name(p, h));
        assertTrue(e.getMessage().contains("no SOP Instance UID"), e.getMessage());
    }

    @Test
    void trailingUidPaddingIsNotPartOfTheName() {
        DicomFileNameProcessor p = processor(SubdirectoryScheme.none, FileNameScheme.sopInstance);
        assertEquals("CT.1.2.3", name(p, headers(CT, "1.2.3\u0000", null)));
    }

    @Test
    void onlySopInstanceNamesOverwrite() {
        assertTrue(FileNameScheme.sopInstance.overwrites());
        assertFalse(FileNameScheme.unique.overwrites());
        assertFalse(FileNameScheme.shortUnique.overwrites());
        assertFalse(FileNameScheme.systemTime.overwrites());
    }
}
