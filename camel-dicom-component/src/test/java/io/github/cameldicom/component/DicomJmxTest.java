package io.github.cameldicom.component;

import io.github.cameldicom.DicomConstants;
import io.github.cameldicom.DicomInstance;
import io.github.cameldicom.data.Part10Reader;
import io.github.cameldicom.net.pdu.AAbort;
import io.github.cameldicom.net.pdu.AAssociateAc;
import io.github.cameldicom.testing.DataSetAssertions;
import io.github.cameldicom.testing.Dcmtk;
import io.github.cameldicom.testing.RawScu;
import io.github.cameldicom.testing.Samples;
import io.github.cameldicom.testing.ScuOutput;
import io.github.cameldicom.testing.StoreScu;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The consumer's JMX attributes count instances, bytes and associations as they happen. */
class DicomJmxTest extends CamelTestSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String ROUTE = "counted";

    @RegisterExtension
    final AvailablePortFinder.Port port = AvailablePortFinder.find();
    /** Data set length of each instance the route saw, by SOP Instance UID. */
    private final Map<String, Long> dataSetLengths = new ConcurrentHashMap<>();
    private final Path ct = Samples.pydicom("CT_small.dcm");
    private final Path mr = Samples.pydicom("MR_small.dcm");
    private final Path rtplan = Samples.pydicom("rtplan.dcm");

    /** JMX on: the same as overriding the deprecated useJmx(). */
    @Override
    public void configureTest(TestExecutionConfiguration configuration) {
        super.configureTest(configuration);
        configuration.withEnableJMX();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        String failing = DataSetAssertions.sopInstanceUid(mr);
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("dicom:127.0.0.1:" + port.getPort()
                     + "?hostnameLookup=false&allowedCallingAeTitles=STORESCU,RAWSCU")
                        .routeId(ROUTE)
                        .process(e -> {
                            try (InputStream in = e.getIn().getBody(DicomInstance.class).newInputStream()) {
                                long length = Part10Reader.open(in).dataSet()
                                        .transferTo(OutputStream.nullOutputStream());
                                dataSetLengths.put(e.getIn().getHeader(DicomConstants.SOP_INSTANCE_UID, String.class),
                                        length);
                            }
                        })
                        .filter(header(DicomConstants.SOP_INSTANCE_UID).isEqualTo(failing))
                            .throwException(new IllegalStateException("refused on purpose"))
                        .end()
                        .to("mock:stored");
            }
        };
    }

    private ObjectName consumerMBean(MBeanServer server) throws Exception {
        Set<ObjectName> names = server.queryNames(new ObjectName("org.apache.camel:type=consumers,*"), null);
        for (ObjectName name : names) {
            if (ROUTE.equals(server.getAttribute(name, "RouteId"))) {
                return name;
            }
        }
        throw new AssertionError("no consumer MBean for route " + ROUTE + " among " + names);
    }

    @Test
    void countersFollowWhatHappened() throws Exception {
        MBeanServer server = context.getManagementStrategy().getManagementAgent().getMBeanServer();
        ObjectName mbean = consumerMBean(server);
        assertEquals(true, server.getAttribute(mbean, "Listening"));
        assertEquals(port.getPort(), server.getAttribute(mbean, "Port"));
        assertEquals(0L, server.getAttribute(mbean, "InstancesReceived"));

        // One association, three instances, the second refused by the route.
        Dcmtk.Result stored = StoreScu.send(TIMEOUT, port.getPort(), List.of("-v", "--no-halt"),
                List.of(ct, mr, rtplan));
        assertEquals(List.of("Success", "Refused: OutOfResources", "Success"),
                ScuOutput.verboseResponses(stored.output()), stored.output());
        // A caller not on the allow-list.
        Dcmtk.run(TIMEOUT, "echoscu", "-aet", "INTRUDER", "127.0.0.1", Integer.toString(port.getPort()));
        // An association the peer aborts.
        try (RawScu aborting = RawScu.connect(port.getPort(), TIMEOUT)) {
            aborting.send(RawScu.echoRq("RAWSCU", "DCMRECV"));
            assertInstanceOf(AAssociateAc.class, aborting.read());
            aborting.send(new AAbort(AAbort.Source.SERVICE_USER, AAbort.Reason.REASON_NOT_SPECIFIED));
        }
        // An association still open while the attributes are read.
        try (RawScu holder = RawScu.connect(port.getPort(), TIMEOUT)) {
            holder.send(RawScu.echoRq("RAWSCU", "DCMRECV"));
            assertInstanceOf(AAssociateAc.class, holder.read());
            await().atMost(TIMEOUT).until(() -> server.getAttribute(mbean, "AssociationsAborted").equals(1L));
            assertEquals(1, server.getAttribute(mbean, "ActiveAssociations"));
            holder.release();
        }

        await().atMost(TIMEOUT).until(() -> server.getAttribute(mbean, "ActiveAssociations").equals(0));
        long expectedBytes = dataSetLengths.get(DataSetAssertions.sopInstanceUid(ct))
                             + dataSetLengths.get(DataSetAssertions.sopInstanceUid(rtplan));
        Map<String, Object> expected = Map.of(
                "InstancesReceived", 2L,
                "InstancesFailed", 1L,
                "BytesReceived", expectedBytes,
                "AssociationsAccepted", 3L,
                "AssociationsRejected", 1L,
                "AssociationsReleased", 2L,
                "AssociationsAborted", 1L,
                "ActiveAssociations", 0,
                "Listening", true,
                "Port", port.getPort());
        for (Map.Entry<String, Object> e : expected.entrySet()) {
            assertEquals(e.getValue(), server.getAttribute(mbean, e.getKey()), e.getKey());
        }
    }
}
