package io.github.cameldicom.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.github.cameldicom.testing.LogRecorder;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.github.cameldicom.storage.FileNameSchemesTest.CT;
import static io.github.cameldicom.storage.FileNameSchemesTest.INSTANCE;
import static io.github.cameldicom.storage.FileNameSchemesTest.headers;
import static io.github.cameldicom.storage.FileNameSchemesTest.processor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** sopInstance names overwrite with a warning; the other schemes skip names that are taken, on disk or in flight. */
class OverwriteTest {

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

    private Exchange named(DicomFileNameProcessor processor) {
        Exchange exchange = Exchanges.withHeaders(context, headers(CT, INSTANCE, "19970430"));
        processor.process(exchange);
        return exchange;
    }

    private static String fileName(Exchange exchange) {
        return exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class);
    }

    @Test
    void sameInstanceAgainWarnsAndOverwrites() throws Exception {
        DicomFileNameProcessor p = processor(SubdirectoryScheme.seriesDate, FileNameScheme.sopInstance)
                .withDirectory(outputDirectory);
        String expected = "data/1997/04/30/CT." + INSTANCE;
        try (LogRecorder log = new LogRecorder(DicomFileNameProcessor.class, Level.WARN)) {
            Exchange first = named(p);
            assertEquals(expected, fileName(first));
            Files.createDirectories(outputDirectory.resolve(expected).getParent());
            Files.writeString(outputDirectory.resolve(expected), "stored by the first exchange");
            Exchanges.complete(first);
            assertEquals(List.of(), log.messages());

            Exchange second = named(p);
            assertEquals(expected, fileName(second));
            assertEquals(List.of("WARN File already exists, overwriting: " + expected), log.messages());
            Exchanges.complete(second);
        }
    }

    @Test
    void sameInstanceTwiceAtOnceWarnsToo() {
        DicomFileNameProcessor p = processor(SubdirectoryScheme.none, FileNameScheme.sopInstance);
        try (LogRecorder log = new LogRecorder(DicomFileNameProcessor.class, Level.WARN)) {
            Exchange first = named(p);
            Exchange second = named(p);
            assertEquals(fileName(first), fileName(second));
            assertEquals(List.of("WARN Another exchange is storing the same instance, the later one overwrites: CT."
                                 + INSTANCE), log.messages());
            Exchanges.complete(second);
            Exchanges.complete(first);
            assertEquals(0, p.reservedCount());
        }
    }

    @Test
    void existingFilesAreSkipped() throws Exception {
        AtomicLong counter = new AtomicLong();
        DicomFileNameProcessor p = processor(SubdirectoryScheme.seriesDate, FileNameScheme.shortUnique)
                .withRandom(counter::incrementAndGet).withDirectory(outputDirectory);
        Path day = Files.createDirectories(outputDirectory.resolve("data/1997/04/30"));
        Files.createFile(day.resolve("CT_0000000000000001"));
        Files.createDirectory(day.resolve("CT_0000000000000002"));
        Exchange exchange = named(p);
        assertEquals("data/1997/04/30/CT_0000000000000003", fileName(exchange));
    }

    @Test
    void existingSystemTimeNamesAreSkippedByTheNextMicrosecond() throws Exception {
        DicomFileNameProcessor p = processor(SubdirectoryScheme.none, FileNameScheme.systemTime)
                .withExtension(".dcm").withDirectory(outputDirectory);
        Files.createFile(outputDirectory.resolve("20240131235959.000042.CT.dcm"));
        assertEquals("20240131235959.000043.CT.dcm", fileName(named(p)));
    }

    @Test
    void namesInFlightAreSkippedAndFreedWhenTheExchangeCompletes() {
        // no directory: only the reservations keep concurrent exchanges apart
        DicomFileNameProcessor p = processor(SubdirectoryScheme.none, FileNameScheme.unique);
        Exchange first = named(p);
        assertEquals("CT.X.2.25.42", fileName(first));
        assertEquals(1, p.reservedCount());
        // the fixed UID generator can only make that one name, which is in flight
        DicomFileNameException e = assertThrows(DicomFileNameException.class, () -> named(p));
        assertTrue(e.getMessage().contains("after " + DicomFileNameProcessor.MAX_ATTEMPTS + " attempts"),
                e.getMessage());
        Exchanges.complete(first);
        assertEquals(0, p.reservedCount());
        assertEquals("CT.X.2.25.42", fileName(named(p)));
    }

    @Test
    void aFailedExchangeFreesItsNameToo() {
        DicomFileNameProcessor p = processor(SubdirectoryScheme.none, FileNameScheme.shortUnique);
        Exchange failed = named(p);
        failed.setException(new IllegalStateException("the file endpoint could not write"));
        Exchanges.complete(failed);
        assertEquals(0, p.reservedCount());
    }

    @Test
    void anOverwritingNameBlockedByAFileFailsTheExchangeBeforeTheFileEndpointTries() throws Exception {
        // the first instance of a day creates its directories; here "data" is a file, so it never can
        Files.writeString(outputDirectory.resolve("data"), "not a directory");
        DicomFileNameProcessor p = processor(SubdirectoryScheme.seriesDate, FileNameScheme.sopInstance)
                .withDirectory(outputDirectory);
        Exchange exchange = Exchanges.withHeaders(context, headers(CT, INSTANCE, "19970430"));
        DicomFileNameException e = assertThrows(DicomFileNameException.class, () -> p.process(exchange));
        assertTrue(e.getMessage().startsWith("cannot tell whether"), e.getMessage());
        Exchanges.complete(exchange);
        assertEquals(0, p.reservedCount());
    }

    @Test
    void anOverwritingNameInADirectoryNotYetMadeIsFreeWithoutAWarning() throws Exception {
        DicomFileNameProcessor p = processor(SubdirectoryScheme.seriesDate, FileNameScheme.sopInstance)
                .withDirectory(outputDirectory);
        try (LogRecorder log = new LogRecorder(DicomFileNameProcessor.class, Level.WARN)) {
            assertEquals("data/1997/04/30/CT." + INSTANCE, fileName(named(p)));
            assertEquals(List.of(), log.messages());
        }
    }

    @Test
    void aDirectoryThatCannotBeCheckedFailsTheExchangeAndKeepsNoReservation() throws Exception {
        // "data" is a file, so whether data/1997/04/30/... exists cannot be told (ENOTDIR), nor could it be written
        Files.writeString(outputDirectory.resolve("data"), "not a directory");
        DicomFileNameProcessor p = processor(SubdirectoryScheme.seriesDate, FileNameScheme.shortUnique)
                .withDirectory(outputDirectory);
        DicomFileNameException e = assertThrows(DicomFileNameException.class, () -> named(p));
        assertTrue(e.getMessage().startsWith("cannot tell whether"), e.getMessage());
        assertEquals(0, p.reservedCount());
    }
}
