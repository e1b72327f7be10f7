package io.github.cameldicom.component;

import io.github.cameldicom.DicomConstants;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A route chooses the C-STORE response itself with the CamelDicomStatus and CamelDicomErrorComment headers: the SCU
 * sees exactly that status and comment, whatever the outcome of the exchange would have said.
 */
class DicomRouteStatusTest extends CamelTestSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @RegisterExtension
    final AvailablePortFinder.Port port = AvailablePortFinder.find();
    private volatile Object status;
    private volatile String comment;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("dicom:127.0.0.1:" + port.getPort() + "?hostnameLookup=false").routeId("status")
                        .process(e -> {
                            e.getMessage().setHeader(DicomConstants.STATUS, status);
                            e.getMessage().setHeader(DicomConstants.ERROR_COMMENT, comment);
                        })
                        .to("mock:routed");
            }
        };
    }

    /** storescu sends CT_small.dcm with one option, -v or -d. */
    private Dcmtk.Result send(String option) {
        return StoreScu.send(TIMEOUT, port.getPort(), List.of(option), List.of(Samples.pydicom("CT_small.dcm")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "0xB000, Warning: Coercion of Data Elements",
        "0xA900, Error: Data Set does not match SOP Class",
        "0xC000, Error: Cannot understand",
        "0xC123, Error: Cannot understand"})
    void scuSeesTheStatusAndCommentTheRouteSet(String hex, String dcmtkText) throws Exception {
        int value = Integer.decode(hex);
        status = value;
        comment = "route says " + hex;
        MockEndpoint routed = getMockEndpoint("mock:routed");
        routed.expectedMessageCount(1);

        Dcmtk.Result r = send("-d");

        routed.assertIsSatisfied();
        assertEquals(List.of(ScuOutput.hex(value)), ScuOutput.debugStatuses(r.output()), r.output());
        assertTrue(r.output().contains(ScuOutput.hex(value) + ": " + dcmtkText), r.output());
        assertEquals(List.of("route says " + hex), ScuOutput.errorComments(r.output()), r.output());
    }

    @Test
    void warningIsStillAStoredInstanceForTheScu() {
        status = 0xB000;
        comment = "coerced";
        Dcmtk.Result r = send("-v");
        r.assertSuccess();
        assertEquals(List.of("Warning: CoercionOfDataElements"), ScuOutput.verboseResponses(r.output()), r.output());
    }

    @Test
    void successSetByTheRouteCarriesNoComment() {
        status = 0x0000;
        comment = "not sent with a success";
        Dcmtk.Result r = send("-d");
        r.assertSuccess();
        assertEquals(List.of("0x0000"), ScuOutput.debugStatuses(r.output()), r.output());
        assertEquals(List.of(), ScuOutput.errorComments(r.output()), r.output());
    }

    /** YAML and XML routes set headers as text; an invalid value refuses the instance, not the association. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"0xB000, 0xb000", "45056, 0xb000", "' 0xA701 ', 0xa701", "warning, 0xa700", "70000, 0xa700",
        "4294967296, 0xa700"})
    void statusSetAsText(String text, String expected) {
        status = text;
        comment = null;
        Dcmtk.Result r = send("-d");
        assertEquals(List.of(expected), ScuOutput.debugStatuses(r.output()), r.output());
    }

    @Test
    void numberBeyondSixteenBitsIsRefused() {
        status = 0x1_0000_B000L;
        comment = null;
        assertEquals(List.of("0xa700"), ScuOutput.debugStatuses(send("-d").output()));
    }
}
