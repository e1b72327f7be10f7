package io.github.cameldicom.tls;

import io.github.cameldicom.DicomConsumer;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;

/**
 * The ports the test routes listen on: they bind port 0, so that no other process can take the port between a probe
 * and the bind, and the consumer reports the port the system chose.
 */
final class BoundPorts {

    private BoundPorts() {
    }

    /** The port the dicom: consumer of a started route listens on. */
    static int of(CamelContext context, String routeId) {
        Route route = context.getRoute(routeId);
        if (route == null) {
            throw new AssertionError("no route " + routeId);
        }
        int port = ((DicomConsumer) route.getConsumer()).getPort();
        if (port <= 0) {
            throw new AssertionError("route " + routeId + " is not listening (port " + port + ")");
        }
        return port;
    }
}
