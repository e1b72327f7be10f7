package io.github.cameldicom.component;

import io.github.cameldicom.DicomConstants;
import io.github.cameldicom.DicomInstance;
import io.github.cameldicom.testing.DataSetAssertions;
import io.github.cameldicom.testing.Dcmtk;
import io.github.cameldicom.testing.Samples;
import io.github.cameldicom.testing.ScuOutput;
import io.github.cameldicom.testing.StoreScu;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A route that fails never lets the SCU believe the instance was stored: it answers 0xA700 (Refused: Out of
 * Resources), which makes SCUs retry later, and leaves nothing behind, neither an output file nor a spool file.
 */
class DicomRouteFailureTest extends CamelTestSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final List<Path> SAMPLES = List.of(Samples.pydicom("CT_small.dcm"), Samples.pydicom("MR_small.dcm"));

    @RegisterExtension
    final AvailablePortFinder.Port failingPort = AvailablePortFinder.find();
    @RegisterExtension
    final AvailablePortFinder.Port handledPort = AvailablePortFinder.find();
    @RegisterExtension
    final AvailablePortFinder.Port handledWithStatusPort = AvailablePortFinder.find();
    /** Where the failing route found each body while it ran. */
    private final Queue<Path> spoolFiles = new ConcurrentLinkedQueue<>();

    @TempDir
    Path out;

    @TempDir
    Path spool;

    @Override
    protected RouteBuilder createRouteBuilder() {
        // Instances above 1 KiB are spooled, so that a failure has a spool file to clean up.
        String options = "?hostnameLookup=false&inMemoryThreshold=1024&spoolDirectory=" + spool;
        String fileEndpoint = "file:" + out + "?fileName=${header.CamelDicomSopInstanceUid}.dcm";
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("dicom:127.0.0.1:" + failingPort.getPort() + options).routeId("failing")
                        .process(e -> {
                            DicomInstance instance = e.getIn().getBody(DicomInstance.class);
                            assertFalse(instance.isInMemory(), "expected a spooled instance");
                            spoolFiles.add(instance.toPath());
                            throw new IOException("disk full");
                        })
                        .to(fileEndpoint);

                from("dicom:127.0.0.1:" + handledPort.getPort() + options).routeId("handled")
                        .onException(IOException.class).handled(true).to("mock:handled").end()
                        .process(e -> {
                            throw new IOException("disk full");
                        })
                        .to(fileEndpoint);

                from("dicom:127.0.0.1:" + handledWithStatusPort.getPort() + options).routeId("handledWithStatus")
                        .onException(IOException.class).handled(true)
                            .setHeader(DicomConstants.STATUS, constant(0xC001))
                            .setHeader(DicomConstants.ERROR_COMMENT, constant("parked for review"))
                        .end()
                        .process(e -> {
                            throw new IOException("disk full");
                        })
                        .to(fileEndpoint);
            }
        };
    }

    @Test
    void failedExchangeIsRefusedAndLeavesNothingBehind() throws Exception {
        Dcmtk.Result r = StoreScu.send(TIMEOUT, failingPort.getPort(), List.of("-v", "--no-halt"), SAMPLES);

        assertEquals(List.of("Refused: OutOfResources", "Refused: OutOfResources"),
                ScuOutput.verboseResponses(r.output()), r.output());
        assertTrue(r.output().contains("Releasing Association"), "failures do not end the association:\n"
                + r.output());
        assertEquals(2, spoolFiles.size(), "both instances were spooled while the route ran");
        spoolFiles.forEach(p -> assertTrue(p.startsWith(spool), p + " not in the spool directory"));
        assertEquals(List.of(), DataSetAssertions.filesUnder(out), "stored though refused");
        assertEquals(List.of(), DataSetAssertions.filesUnder(spool), "spool files left behind");
    }

    @Test
    void failureIsVisibleInTheDebugOutputAsA700() {
        Dcmtk.Result r = StoreScu.send(TIMEOUT, failingPort.getPort(), List.of("-d"), SAMPLES.subList(0, 1));
        assertEquals(List.of("0xa700"), ScuOutput.debugStatuses(r.output()), r.output());
        assertTrue(r.output().contains("0xa700: Refused: Out of resources"), r.output());
    }

    /** A handled exception means the instance left the route's normal path: still not stored, still 0xA700. */
    @Test
    void handledExceptionIsRefusedToo() throws Exception {
        MockEndpoint handled = getMockEndpoint("mock:handled");
        handled.expectedMessageCount(2);

        Dcmtk.Result r = StoreScu.send(TIMEOUT, handledPort.getPort(), List.of("-v", "--no-halt"), SAMPLES);

        handled.assertIsSatisfied();
        assertEquals(List.of("Refused: OutOfResources", "Refused: OutOfResources"),
                ScuOutput.verboseResponses(r.output()), r.output());
        assertEquals(List.of(), DataSetAssertions.filesUnder(out));
        assertEquals(List.of(), DataSetAssertions.filesUnder(spool));
    }

    @Test
    void handledExceptionAnswersTheStatusTheErrorHandlerSet() throws Exception {
        Dcmtk.Result r = StoreScu.send(TIMEOUT, handledWithStatusPort.getPort(), List.of("-d"), SAMPLES.subList(0, 1));

        assertEquals(List.of("0xc001"), ScuOutput.debugStatuses(r.output()), r.output());
        assertEquals(List.of("parked for review"), ScuOutput.errorComments(r.output()), r.output());
        assertEquals(List.of(), DataSetAssertions.filesUnder(spool));
    }
}
