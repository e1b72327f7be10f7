package io.github.cameldicom.component;

import io.github.cameldicom.DicomConstants;
import io.github.cameldicom.DicomInstance;
import io.github.cameldicom.testing.Dcmtk;
import io.github.cameldicom.testing.Samples;
import io.github.cameldicom.testing.StoreScu;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Java DSL route with a dicom: consumer: one exchange per instance, with every documented header. */
class DicomConsumerJavaDslTest extends CamelTestSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final int port = AvailablePortFinder.getNextAvailable();

    @TempDir
    Path dir;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("dicom:127.0.0.1:" + port + "?aeTitle=JAVADSL&hostnameLookup=false&inMemoryThreshold=1024")
                        .routeId("dicom-java")
                        .process(e -> {
                            // The body must be readable while the route runs.
                            byte[] bytes = e.getIn().getBody(byte[].class);
                            e.getIn().setHeader("bodyLength", bytes.length);
                            e.getIn().setHeader("spoolPath", e.getIn().getBody(Path.class).toString());
                        })
                        .to("mock:received");
            }
        };
    }

    @Test
    void oneExchangePerInstanceWithHeaders() throws Exception {
        MockEndpoint received = getMockEndpoint("mock:received");
        received.expectedMessageCount(2);
        Path ct = Samples.pydicom("CT_small.dcm");
        Path mr = Samples.pydicom("MR_small.dcm");
        Dcmtk.Result r = StoreScu.send(TIMEOUT, port, List.of("-v", "-aet", "SENDER", "-aec", "JAVADSL"),
                List.of(ct, mr));
        r.assertSuccess();
        assertEquals(2, r.output().split("Received Store Response \\(Success\\)", -1).length - 1, r.output());
        received.assertIsSatisfied(TimeUnit.SECONDS.toMillis(10));

        Exchange first = received.getExchanges().get(0);
        var h = first.getIn().getHeaders();
        assertEquals("1.2.840.10008.5.1.4.1.1.2", h.get(DicomConstants.SOP_CLASS_UID));
        assertEquals("1.3.6.1.4.1.5962.1.1.1.1.1.20040119072730.12322", h.get(DicomConstants.SOP_INSTANCE_UID));
        assertEquals("1.2.840.10008.1.2.1", h.get(DicomConstants.TRANSFER_SYNTAX_UID));
        assertEquals("1.3.6.1.4.1.5962.1.2.1.20040119072730.12322", h.get(DicomConstants.STUDY_INSTANCE_UID));
        assertEquals("1.3.6.1.4.1.5962.1.3.1.1.20040119072730.12322", h.get(DicomConstants.SERIES_INSTANCE_UID));
        assertEquals("19970430", h.get(DicomConstants.SERIES_DATE));
        assertEquals("CT", h.get(DicomConstants.MODALITY));
        assertEquals("CT", h.get(DicomConstants.MODALITY_PREFIX));
        assertEquals("SENDER", h.get(DicomConstants.CALLING_AE_TITLE));
        assertEquals("JAVADSL", h.get(DicomConstants.CALLED_AE_TITLE));
        assertEquals("127.0.0.1", h.get(DicomConstants.REMOTE_HOST));
        assertEquals("127.0.0.1", h.get(DicomConstants.REMOTE_ADDRESS));
        assertTrue((Integer) h.get(DicomConstants.REMOTE_PORT) > 0);
        assertTrue(((String) h.get(DicomConstants.ASSOCIATION_ID)).startsWith("SENDER->JAVADSL("), h.toString());
        assertEquals(1, h.get(DicomConstants.MESSAGE_ID));
        assertEquals("normal", h.get(DicomConstants.STORAGE_MODE));
        assertEquals(((Number) h.get("bodyLength")).longValue(), h.get(DicomConstants.BYTE_SIZE));
        assertEquals(2, received.getExchanges().get(1).getIn().getHeader(DicomConstants.MESSAGE_ID));
        assertEquals("MR", received.getExchanges().get(1).getIn().getHeader(DicomConstants.MODALITY_PREFIX));

        DicomInstance body = assertInstanceOf(DicomInstance.class, first.getIn().getBody());
        assertEquals(h.get(DicomConstants.BYTE_SIZE), body.length());
        // The exchange is done: the spool file is gone.
        assertTrue(Files.notExists(Path.of((String) h.get("spoolPath"))), "spool file left behind");
    }

    @Test
    void bodyIsThePart10FileOfTheNetworkTransferSyntax() throws Exception {
        MockEndpoint received = getMockEndpoint("mock:received");
        received.expectedMessageCount(1);
        received.whenAnyExchangeReceived(e -> {
            Path copy = dir.resolve("copy.dcm");
            try (InputStream in = e.getIn().getBody(InputStream.class)) {
                Files.copy(in, copy);
            }
            byte[] bytes = e.getIn().getBody(byte[].class);
            assertArrayEquals(Files.readAllBytes(copy), bytes);
        });
        Path bigEndian = Samples.pydicom("MR_small_bigendian.dcm");
        StoreScu.send(TIMEOUT, port, List.of("-aec", "JAVADSL"), List.of(bigEndian)).assertSuccess();
        received.assertIsSatisfied(TimeUnit.SECONDS.toMillis(10));
        Path copy = dir.resolve("copy.dcm");
        assertEquals("1.2.840.10008.1.2.2", Dcmtk.transferSyntaxOf(copy));
        assertEquals(Dcmtk.datasetDump(reencoded(bigEndian)), Dcmtk.datasetDump(copy));
    }

    private Path reencoded(Path source) {
        Path reference = dir.resolve("reference.dcm");
        Dcmtk.run(TIMEOUT, "dcmconv", source.toString(), reference.toString()).assertSuccess();
        return reference;
    }
}
