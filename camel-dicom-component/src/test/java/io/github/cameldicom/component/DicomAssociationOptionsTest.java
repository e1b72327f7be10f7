package io.github.cameldicom.component;

import io.github.cameldicom.DicomConsumer;
import io.github.cameldicom.net.pdu.AAssociateAc;
import io.github.cameldicom.testing.Dcmtk;
import io.github.cameldicom.testing.RawScu;
import io.github.cameldicom.testing.Samples;
import io.github.cameldicom.testing.ScuOutput;
import io.github.cameldicom.testing.StoreScu;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The endpoint options that decide who may associate and what is accepted, seen from DCMTK's SCUs: the association
 * limit, called and calling AE title checks, and the acceptance policies (Verification only, a DCMTK profile).
 */
class DicomAssociationOptionsTest extends CamelTestSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @RegisterExtension
    final AvailablePortFinder.Port limitPort = AvailablePortFinder.find();
    @RegisterExtension
    final AvailablePortFinder.Port pairPort = AvailablePortFinder.find();
    @RegisterExtension
    final AvailablePortFinder.Port calledPort = AvailablePortFinder.find();
    @RegisterExtension
    final AvailablePortFinder.Port callingPort = AvailablePortFinder.find();
    @RegisterExtension
    final AvailablePortFinder.Port verificationPort = AvailablePortFinder.find();
    @RegisterExtension
    final AvailablePortFinder.Port profilePort = AvailablePortFinder.find();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri(limitPort.getPort(), "maxAssociations=1")).routeId("limit").to("mock:limit");
                from(uri(pairPort.getPort(), "maxAssociations=2")).routeId("pair").to("mock:pair");
                from(uri(calledPort.getPort(), "aeTitle=STRICT&checkCalledAeTitle=true")).routeId("called")
                        .to("mock:called");
                from(uri(callingPort.getPort(), "allowedCallingAeTitles=MODALITY1, MODALITY2")).routeId("calling")
                        .to("mock:calling");
                from(uri(verificationPort.getPort(), "acceptance=verification")).routeId("verification")
                        .to("mock:verification");
                from(uri(profilePort.getPort(),
                        "acceptance=profile&profileFile=/etc/dcmtk/storescp.cfg&profileName=default"))
                        .routeId("profile").to("mock:profile");
            }
        };
    }

    private static String uri(int port, String options) {
        return "dicom:127.0.0.1:" + port + "?hostnameLookup=false&acseTimeout=5000&" + options;
    }

    private static Dcmtk.Result echo(int port, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("-v"));
        args.addAll(List.of(options));
        args.addAll(List.of("127.0.0.1", Integer.toString(port)));
        return Dcmtk.run(TIMEOUT, "echoscu", args.toArray(String[]::new));
    }

    private static void assertRejected(Dcmtk.Result r, String result, String reason) {
        assertNotEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("Association Rejected"), r.output());
        assertTrue(r.output().contains("Result: " + result), r.output());
        assertTrue(r.output().contains("Reason: " + reason), r.output());
    }

    @Test
    void secondAssociationOverTheLimitIsRejectedTransiently() throws Exception {
        DicomConsumer consumer = (DicomConsumer) context.getRoute("limit").getConsumer();
        try (RawScu holder = RawScu.connect(limitPort.getPort(), TIMEOUT)) {
            holder.send(RawScu.echoRq("HOLDER", "DCMRECV"));
            assertInstanceOf(AAssociateAc.class, holder.read());

            assertRejected(echo(limitPort.getPort()), "Rejected Transient", "Local Limit Exceeded");

            holder.release();
        }
        await().atMost(TIMEOUT).until(() -> consumer.getActiveAssociations() == 0);
        echo(limitPort.getPort()).assertSuccess();
    }

    /** Associations up to the limit run at once, each on its own thread. */
    @Test
    void associationsUpToTheLimitRunAtOnce() throws Exception {
        try (RawScu first = RawScu.connect(pairPort.getPort(), TIMEOUT)) {
            first.send(RawScu.echoRq("FIRST", "DCMRECV"));
            assertInstanceOf(AAssociateAc.class, first.read());

            echo(pairPort.getPort()).assertSuccess();

            try (RawScu second = RawScu.connect(pairPort.getPort(), TIMEOUT)) {
                second.send(RawScu.echoRq("SECOND", "DCMRECV"));
                assertInstanceOf(AAssociateAc.class, second.read());
                assertRejected(echo(pairPort.getPort()), "Rejected Transient", "Local Limit Exceeded");
                second.release();
            }
            first.release();
        }
    }

    @Test
    void calledAeTitleIsChecked() {
        assertRejected(echo(calledPort.getPort(), "-aec", "SOMEONE"), "Rejected Permanent",
                "Called AE Title Not Recognized");
        echo(calledPort.getPort(), "-aec", "STRICT").assertSuccess();
    }

    @Test
    void callingAeTitleMustBeAllowed() {
        assertRejected(echo(callingPort.getPort(), "-aet", "INTRUDER"), "Rejected Permanent",
                "Calling AE Title Not Recognized");
        echo(callingPort.getPort(), "-aet", "MODALITY1").assertSuccess();
        echo(callingPort.getPort(), "-aet", "MODALITY2").assertSuccess();
    }

    @Test
    void verificationOnlyRefusesStorage() {
        echo(verificationPort.getPort()).assertSuccess();
        Dcmtk.Result r = StoreScu.send(TIMEOUT, verificationPort.getPort(), List.of("-v"),
                List.of(Samples.pydicom("CT_small.dcm")));
        assertNotEquals(0, r.exitCode(), r.output());
        assertEquals(List.of(), ScuOutput.verboseResponses(r.output()), r.output());
        assertEquals(0, getMockEndpoint("mock:verification").getReceivedCounter());
    }

    @Test
    void dcmtkProfileAcceptsCt() {
        Dcmtk.Result r = StoreScu.send(TIMEOUT, profilePort.getPort(), List.of("-v"),
                List.of(Samples.pydicom("CT_small.dcm")));
        r.assertSuccess();
        assertEquals(List.of("Success"), ScuOutput.verboseResponses(r.output()), r.output());
        assertEquals(1, getMockEndpoint("mock:profile").getReceivedCounter());
    }

    @Test
    void missingProfileFileFailsTheRouteStart() {
        String missing = "/nonexistent/dcmtk/storescp.cfg";
        Exception e = assertThrows(Exception.class, () -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri(0, "acceptance=profile&profileFile=" + missing))
                        .routeId("missingProfile").to("mock:never");
            }
        }));
        // The first line a user sees names the route and the file.
        assertTrue(e.getMessage().contains("missingProfile") && e.getMessage().contains(missing), e.getMessage());
        assertEquals(null, context.getRoute("missingProfile"));
    }
}
