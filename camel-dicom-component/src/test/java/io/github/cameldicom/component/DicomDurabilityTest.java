package io.github.cameldicom.component;

import io.github.cameldicom.testing.Samples;
import io.github.cameldicom.testing.ScuOutput;
import io.github.cameldicom.testing.StoreScu;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** minFreeSpace refuses before anything is written; fsync makes success wait for the stored file to be on disk. */
class DicomDurabilityTest extends CamelTestSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Path CT = Samples.pydicom("CT_small.dcm");

    @RegisterExtension
    final AvailablePortFinder.Port fullPort = AvailablePortFinder.find();
    @RegisterExtension
    final AvailablePortFinder.Port fsyncPort = AvailablePortFinder.find();
    @RegisterExtension
    final AvailablePortFinder.Port lostPort = AvailablePortFinder.find();

    @TempDir
    Path out;

    @TempDir
    Path spool;

    @Override
    protected RouteBuilder createRouteBuilder() {
        String options = "?hostnameLookup=false&inMemoryThreshold=0&spoolDirectory=" + spool;
        return new RouteBuilder() {
            @Override
            public void configure() {
                // No file system has this much free space: every instance is refused before it is spooled.
                from("dicom:127.0.0.1:" + fullPort.getPort() + options + "&minFreeSpace=" + Long.MAX_VALUE)
                        .to("mock:full");
                from("dicom:127.0.0.1:" + fsyncPort.getPort() + options + "&fsync=true")
                        .to("file:" + out + "?fileName=${header.CamelDicomSopInstanceUid}.dcm"
                            + "&tempFileName=.${file:onlyname}.part")
                        .to("mock:stored");
                // A route whose "stored" file vanished before it could be forced to disk must not report success.
                from("dicom:127.0.0.1:" + lostPort.getPort() + options + "&fsync=true")
                        .setHeader(Exchange.FILE_NAME_PRODUCED, constant(out.resolve("gone.dcm").toString()));
            }
        };
    }

    @Test
    void belowMinimumFreeSpaceNothingIsWritten() throws Exception {
        MockEndpoint full = getMockEndpoint("mock:full");
        full.expectedMessageCount(0);
        String output = StoreScu.send(TIMEOUT, fullPort.getPort(), List.of("-v"), List.of(CT)).output();
        assertEquals(List.of("Refused: OutOfResources"), ScuOutput.verboseResponses(output), output);
        full.assertIsSatisfied();
        try (Stream<Path> left = Files.list(spool)) {
            assertEquals(0, left.count(), "spool must stay empty");
        }
    }

    @Test
    void fsyncAnswersSuccessOnceTheFileIsForced() throws Exception {
        MockEndpoint stored = getMockEndpoint("mock:stored");
        stored.expectedMessageCount(1);
        String output = StoreScu.send(TIMEOUT, fsyncPort.getPort(), List.of("-v"), List.of(CT)).output();
        assertEquals(List.of("Success"), ScuOutput.verboseResponses(output), output);
        stored.assertIsSatisfied();
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(1, files.filter(p -> p.toString().endsWith(".dcm")).count());
        }
    }

    @Test
    void fsyncOfAMissingFileIsAFailure() {
        String output = StoreScu.send(TIMEOUT, lostPort.getPort(), List.of("-v"), List.of(CT)).output();
        assertEquals(List.of("Refused: OutOfResources"), ScuOutput.verboseResponses(output), output);
    }
}
