package io.github.cameldicom.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import io.github.cameldicom.DicomConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.cameldicom.storage.FileNameSchemesTest.CT;
import static io.github.cameldicom.storage.FileNameSchemesTest.INSTANCE;
import static io.github.cameldicom.storage.FileNameSchemesTest.headers;
import static io.github.cameldicom.storage.FileNameSchemesTest.processor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever arrives in the headers, no name leaves the output directory: the exchange fails instead. */
class HostileHeadersTest {

    private static CamelContext context;

    @TempDir
    Path outputDirectory;

    @BeforeAll
    static void startContext() {
        context = new DefaultCamelContext();
        context.start();
    }

    @AfterAll
    static void stopContext() {
        context.stop();
    }

    static Stream<String> hostileUids() {
        return Stream.of("../../etc/passwd", "1.2/../3", "1.2\\..\\3", "1.2\u0000.3", "..", ".", "", " ",
                "1.2.3/", "/1.2.3", "1.2..3", "1.2.3\n2024-01-01 WARN forged log line", "1.2.3\r", "1.2.\u001b[31m3",
                "1.2.3\u0085", "1.2.\u202e3", "C:\\1.2.3", "1.2.3:stream", "1" + ".2".repeat(149),
                "1".repeat(300), "1.2.٣");
    }

    @ParameterizedTest
    @MethodSource("hostileUids")
    void hostileSopInstanceUidFailsTheExchange(String uid) {
        DicomFileNameProcessor p = processor(SubdirectoryScheme.seriesDate, FileNameScheme.sopInstance)
                .withDirectory(outputDirectory);
        Exchange exchange = Exchanges.withHeaders(context, headers(CT, uid, "19970430"));
        DicomFileNameException e = assertThrows(DicomFileNameException.class, () -> p.process(exchange));
        assertNull(exchange.getMessage().getHeader(Exchange.FILE_NAME));
        assertNull(exchange.getMessage().getHeader(DicomConstants.RELATIVE_PATH));
        assertEquals(0, p.reservedCount());
        // the message may be logged: nothing in it can break a log line
        assertTrue(e.getMessage().chars()
                .noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT), e.getMessage());
        assertTrue(e.getMessage().length() < 300, e.getMessage());
    }

    static Stream<String> hostilePrefixes() {
        return Stream.of("..", "../..", "CT/..", "CT\\..", "C\u0000T", "", "CT.", "C T", "CT\n", "A".repeat(17),
                ".", "Ä");
    }

    @ParameterizedTest
    @MethodSource("hostilePrefixes")
    void hostileModalityPrefixFailsTheExchange(String prefix) {
        for (FileNameScheme scheme : FileNameScheme.values()) {
            DicomFileNameProcessor p = processor(SubdirectoryScheme.none, scheme);
            Map<String, Object> h = headers(CT, INSTANCE, null);
            h.put(DicomConstants.MODALITY_PREFIX, prefix);
            Exchange exchange = Exchanges.withHeaders(context, h);
            assertThrows(DicomFileNameException.class, () -> p.process(exchange), scheme.toString());
            assertNull(exchange.getMessage().getHeader(Exchange.FILE_NAME));
        }
    }

    static Stream<Arguments> hostileSeriesDatesAndSopClasses() {
        return Stream.of("../../etc", "2020/01/01", "2020\\01\\01", "..\u0000", "1997.04.30/..", "19970430/../../x",
                "A".repeat(300)).flatMap(bad -> Stream.of(Arguments.of(bad, CT), Arguments.of("19970430", bad)));
    }

    @ParameterizedTest
    @MethodSource("hostileSeriesDatesAndSopClasses")
    void hostileSeriesDateOrSopClassNeverReachesTheName(String seriesDate, String sopClassUid) {
        // neither is ever copied into a name: a bad date means undef/, a bad class the fallback prefix
        for (FileNameScheme scheme : FileNameScheme.values()) {
            DicomFileNameProcessor p = processor(SubdirectoryScheme.seriesDate, scheme).withDirectory(outputDirectory);
            Exchange exchange = Exchanges.withHeaders(context, headers(sopClassUid, INSTANCE, seriesDate));
            p.process(exchange);
            String path = exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class);
            assertTrue(path.matches("(data/\\d{4}/\\d{2}/\\d{2}|undef/\\d{8})/[A-Za-z0-9_.]+"), path);
            assertTrue(outputDirectory.resolve(path).normalize().startsWith(outputDirectory), path);
            Exchanges.complete(exchange);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/x", ".dcm/..", "\\..", ".d\u0000cm", ".dcm\n", ". dcm", ".dcm:evil", ".d*m", ".dcmé",
        "......................................................................."})
    void unsafeExtensionIsRefusedWhenConfigured(String extension) {
        DicomFileNameProcessor p = new DicomFileNameProcessor();
        assertThrows(IllegalArgumentException.class, () -> p.setExtension(extension));
        assertEquals("", p.getExtension());
    }

    @ParameterizedTest
    @EnumSource(FileNameScheme.class)
    void harmlessExtensionsAreKept(FileNameScheme scheme) {
        DicomFileNameProcessor p = processor(SubdirectoryScheme.none, scheme).withExtension(".dcm.gz");
        Exchange exchange = Exchanges.withHeaders(context, headers(CT, INSTANCE, null));
        p.process(exchange);
        assertTrue(exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class).endsWith(".dcm.gz"));
        p.setExtension(null);
        assertEquals("", p.getExtension());
    }

    @Test
    void aSymbolicLinkWhereTheNameWouldGoCountsAsTaken() throws Exception {
        Path elsewhere = Files.createTempDirectory("elsewhere");
        try {
            Files.createSymbolicLink(outputDirectory.resolve("CT_0123456789abcdef"), elsewhere.resolve("missing"));
            DicomFileNameProcessor p = processor(SubdirectoryScheme.none, FileNameScheme.shortUnique)
                    .withDirectory(outputDirectory);
            Exchange exchange = Exchanges.withHeaders(context, headers(CT, INSTANCE, null));
            // the only name the fixed random source can make is taken by a dangling link
            DicomFileNameException e = assertThrows(DicomFileNameException.class, () -> p.process(exchange));
            assertTrue(e.getMessage().contains("no free shortUnique file name"), e.getMessage());
            assertFalse(Files.exists(elsewhere.resolve("missing")));
        } finally {
            Files.delete(outputDirectory.resolve("CT_0123456789abcdef"));
            Files.delete(elsewhere);
        }
    }
}
