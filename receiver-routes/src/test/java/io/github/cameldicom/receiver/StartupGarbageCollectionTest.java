package io.github.cameldicom.receiver;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The collection after start-up runs once, when the routes are built and before any consumer listens. */
class StartupGarbageCollectionTest {

    @Test
    void collectsOnceBeforeTheConsumerListens() throws Exception {
        int port = RealDcmrecv.freePort();
        List<Boolean> listeningWhenCollected = new ArrayList<>();
        Main main = new Main();
        main.configure().withName("startup-gc").withJmxEnabled(false);
        main.configure().addRoutesBuilder(dicomRoute("first", port));
        main.addMainListener(new StartupGarbageCollection(() -> listeningWhenCollected.add(accepts(port))));
        main.start();
        try {
            assertEquals(List.of(false), listeningWhenCollected);
            assertTrue(accepts(port), "listening once started");

            // A route added to the running context is not start-up: no second collection.
            main.getCamelContext().addRoutes(dicomRoute("second", RealDcmrecv.freePort()));
            assertEquals(1, listeningWhenCollected.size());
        } finally {
            main.stop();
        }
    }

    private static RouteBuilder dicomRoute(String id, int port) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("dicom:127.0.0.1:" + port).routeId(id).log("${header.CamelDicomSopInstanceUid}");
            }
        };
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            return true;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            throw new AssertionError("cannot tell whether port " + port + " accepts connections", e);
        }
    }
}
