package io.github.cameldicom.testing;

import io.github.cameldicom.DicomConsumer;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A CamelContext with a {@code dicom: -> file:} route in a JVM of its own, so a test can cap that JVM's heap:
 * {@code CamelScpMain PORT_FILE OUTPUT_DIR SPOOL_DIR}. Listens on a free port of 127.0.0.1 and writes it to PORT_FILE,
 * stores each instance as {@code <sop-instance-uid>.dcm} in OUTPUT_DIR, serves until its standard input closes, then
 * prints the peak heap used.
 */
public final class CamelScpMain {

    public static final String ROUTE_ID = "dicom-to-file";

    private CamelScpMain() {
    }

    public static void main(String[] args) throws Exception {
        Path portFile = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Path spool = Path.of(args[2]);
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    // Port 0: the consumer reports the port it was given.
                    from("dicom:127.0.0.1:0?aeTitle=CAMELSCP&hostnameLookup=false&spoolDirectory=" + spool)
                            .routeId(ROUTE_ID)
                            .to("file:" + output + "?fileName=${header.CamelDicomSopInstanceUid}.dcm"
                                + "&tempFileName=${file:name}.part");
                }
            });
            camel.start();
            DicomConsumer consumer = (DicomConsumer) camel.getRoute(ROUTE_ID).getConsumer();
            Path tmp = portFile.resolveSibling(portFile.getFileName() + ".tmp");
            Files.writeString(tmp, Integer.toString(consumer.getPort()));
            Files.move(tmp, portFile, StandardCopyOption.ATOMIC_MOVE);
            waitForStdinToClose();
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("peak-heap-bytes=" + peak);
    }

    private static void waitForStdinToClose() throws IOException {
        while (System.in.read() >= 0) {
            // Input is only a lifeline: the parent closing it (or dying) stops the receiver.
        }
    }
}
