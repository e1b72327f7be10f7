package io.github.cameldicom.component;

import io.github.cameldicom.DicomConsumer;
import io.github.cameldicom.testing.Dcmtk;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A suspended route does not listen: SCUs cannot connect, and the consumer's health check says DOWN. Resumed, it
 * listens on the same port again and is UP.
 */
class DicomSuspendResumeTest extends CamelTestSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String ROUTE = "suspendable";

    @RegisterExtension
    final AvailablePortFinder.Port port = AvailablePortFinder.find();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("dicom:127.0.0.1:" + port.getPort() + "?hostnameLookup=false").routeId(ROUTE).to("mock:received");
            }
        };
    }

    /** Camel main turns on the consumers' health checks; a bare context needs them registered. */
    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        HealthCheckRegistry registry = HealthCheckRegistry.get(camel);
        registry.register(registry.resolveById("consumers"));
        return camel;
    }

    private Dcmtk.Result echo() {
        return Dcmtk.run(TIMEOUT, "echoscu", "-v", "127.0.0.1", Integer.toString(port.getPort()));
    }

    private DicomConsumer dicomConsumer() {
        return (DicomConsumer) context.getRoute(ROUTE).getConsumer();
    }

    /** The consumer's own check, and the same check as Camel's health check registry reports it. */
    private void assertHealth(HealthCheck.State expected) {
        assertEquals(expected, dicomConsumer().getHealthCheck().call().getState());
        HealthCheck.Result viaRegistry = HealthCheckHelper.invoke(context, "consumer:" + ROUTE, Map.of())
                .orElseThrow(() -> new AssertionError("no health check consumer:" + ROUTE + " in the registry"));
        assertEquals(expected, viaRegistry.getState(), viaRegistry.getMessage().orElse(""));
    }

    @Test
    void suspendStopsListeningAndResumeListensAgain() throws Exception {
        echo().assertSuccess();
        assertTrue(dicomConsumer().isListening());
        assertHealth(HealthCheck.State.UP);

        context.getRouteController().suspendRoute(ROUTE);

        assertEquals(ServiceStatus.Suspended, context.getRouteController().getRouteStatus(ROUTE));
        Dcmtk.Result refused = echo();
        assertNotEquals(0, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("Association Request Failed"), refused.output());
        assertFalse(dicomConsumer().isListening());
        assertHealth(HealthCheck.State.DOWN);

        context.getRouteController().resumeRoute(ROUTE);

        assertEquals(ServiceStatus.Started, context.getRouteController().getRouteStatus(ROUTE));
        echo().assertSuccess();
        assertEquals(port.getPort(), dicomConsumer().getPort());
        assertHealth(HealthCheck.State.UP);
    }
}
