package io.github.cameldicom.component;

import io.github.cameldicom.testing.Dcmtk;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A failure before any exchange exists (the spool cannot be written) reaches the route's error handler when
 * bridgeErrorHandler is on, and only then; either way the SCU is refused with 0xA700.
 */
class DicomBridgeErrorHandlerTest extends CamelTestSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @RegisterExtension
    final AvailablePortFinder.Port bridgedPort = AvailablePortFinder.find();
    @RegisterExtension
    final AvailablePortFinder.Port plainPort = AvailablePortFinder.find();

    @TempDir
    Path dir;

    /** A regular file where the spool directory should be: tests run as root, so permissions cannot fail a write. */
    private Path notADirectory() {
        try {
            Path file = dir.resolve("not-a-directory");
            return Files.exists(file) ? file : Files.writeString(file, "a regular file");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        // Threshold 0: every instance goes to the spool at once, and fails there.
        String options = "?hostnameLookup=false&inMemoryThreshold=0&spoolDirectory=" + notADirectory();
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("mock:error"));
                from("dicom:127.0.0.1:" + bridgedPort.getPort() + options + "&bridgeErrorHandler=true")
                        .routeId("bridged")
                        .to("mock:stored");
                from("dicom:127.0.0.1:" + plainPort.getPort() + options).routeId("plain")
                        .to("mock:stored");
            }
        };
    }

    @Test
    void spoolFailureReachesTheErrorHandler() throws Exception {
        MockEndpoint error = getMockEndpoint("mock:error");
        error.expectedMessageCount(2);

        Dcmtk.Result r = StoreScu.send(TIMEOUT, bridgedPort.getPort(), List.of("-v", "--no-halt"),
                List.of(Samples.pydicom("CT_small.dcm"), Samples.pydicom("MR_small.dcm")));

        assertEquals(List.of("Refused: OutOfResources", "Refused: OutOfResources"),
                ScuOutput.verboseResponses(r.output()), r.output());
        error.assertIsSatisfied();
        for (Exchange e : error.getExchanges()) {
            Throwable caught = e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
            assertInstanceOf(IOException.class, caught);
            assertTrue(caught.getMessage().contains(notADirectory().toString()), caught.toString());
        }
        assertEquals(0, getMockEndpoint("mock:stored").getReceivedCounter());
    }

    @Test
    void withoutBridgeTheErrorHandlerSeesNothing() {
        Dcmtk.Result r = StoreScu.send(TIMEOUT, plainPort.getPort(), List.of("-v"),
                List.of(Samples.pydicom("CT_small.dcm")));

        assertEquals(List.of("Refused: OutOfResources"), ScuOutput.verboseResponses(r.output()), r.output());
        assertEquals(0, getMockEndpoint("mock:error").getReceivedCounter());
        assertEquals(0, getMockEndpoint("mock:stored").getReceivedCounter());
    }
}
