package io.github.cameldicom.testing;

import io.github.cameldicom.DicomConsumer;
import io.github.cameldicom.dimse.CommandSet;
import io.github.cameldicom.net.pdu.AAssociateAc;
import io.github.cameldicom.net.pdu.Pdu;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A {@code dicom: -> file:} route in this JVM, the receiver that end-to-end tests of hostile input run against. Its
 * in-memory threshold is 0, so every instance, hostile or not, is spooled to disk while it is received: a spool file
 * left behind by any failure shows. It counts the exchanges the route saw and names each stored file after the SOP
 * Instance UID.
 */
public final class CamelReceiver implements AutoCloseable {

    public static final String AE_TITLE = "CAMELSCP";
    public static final String CT = "1.2.840.10008.5.1.4.1.1.2";
    private static final String ROUTE_ID = "hostile-input";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final CamelContext camel;
    private final Path output;
    private final Path spool;
    private final AtomicInteger exchanges = new AtomicInteger();

    private CamelReceiver(Path dir, String options) throws Exception {
        output = Files.createDirectories(dir.resolve("output"));
        spool = Files.createDirectories(dir.resolve("spool"));
        camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // Port 0: the consumer reports the port it was given. ARTIM is short so that Sta13 ends quickly.
                from("dicom:127.0.0.1:0?aeTitle=" + AE_TITLE + "&hostnameLookup=false&inMemoryThreshold=0"
                     + "&acseTimeout=2000&spoolDirectory=" + spool + (options.isEmpty() ? "" : "&" + options))
                        .routeId(ROUTE_ID)
                        .process(e -> exchanges.incrementAndGet())
                        .to("file:" + output + "?fileName=${header.CamelDicomSopInstanceUid}.dcm"
                            + "&tempFileName=${file:name}.part");
            }
        });
        camel.start();
    }

    /** A started receiver keeping its directories under {@code dir}; {@code options} are added to the URI. */
    public static CamelReceiver start(Path dir, String options) throws Exception {
        return new CamelReceiver(dir, options);
    }

    public static CamelReceiver start(Path dir) throws Exception {
        return start(dir, "");
    }

    public DicomConsumer consumer() {
        return (DicomConsumer) camel.getRoute(ROUTE_ID).getConsumer();
    }

    public int port() {
        return consumer().getPort();
    }

    public Path output() {
        return output;
    }

    public Path spool() {
        return spool;
    }

    /** Exchanges the route has seen. */
    public int exchanges() {
        return exchanges.get();
    }

    /** A raw-socket SCU connected to the receiver, every read bounded. */
    public RawScu connect() throws Exception {
        return RawScu.connect(port(), TIMEOUT);
    }

    /** An association proposing CT Image Storage in Explicit VR Little Endian as context 1, already accepted. */
    public RawScu associate(String callingAeTitle) throws Exception {
        RawScu scu = connect();
        scu.send(RawScu.storageRq(callingAeTitle, AE_TITLE, CT, RawScu.EXPLICIT_LE));
        Pdu answer = scu.read();
        if (!(answer instanceof AAssociateAc)) {
            scu.close();
            throw new AssertionError("expected an A-ASSOCIATE-AC, got " + answer);
        }
        return scu;
    }

    /**
     * Stores one small, valid CT instance over an association of its own and releases it: the proof that the
     * receiver still serves after whatever a test did before. Returns the C-STORE-RSP status.
     */
    public int storeOne(String sopInstanceUid) throws Exception {
        try (RawScu scu = associate("NORMAL")) {
            scu.sendMessage(1, CommandSet.cStoreRq(1, CT, sopInstanceUid, CommandSet.PRIORITY_MEDIUM).encode(),
                    ExplicitLeDataSet.withSopUids(CT, sopInstanceUid).bytes(), 1000);
            int status = scu.readCommand().status();
            scu.release();
            return status;
        }
    }

    /**
     * Once no association runs any more (so the hostile one has ended and cleaned up), asserts that the route saw
     * exactly {@code sopInstanceUids}, that exactly their files were written and that no spool file is left.
     */
    public void assertOnlyStored(Set<String> sopInstanceUids) throws Exception {
        await().atMost(TIMEOUT).until(() -> consumer().getActiveAssociations() == 0);
        assertEquals(sopInstanceUids.size(), exchanges(), "exchanges created");
        assertEquals(sopInstanceUids.stream().map(uid -> output.resolve(uid + ".dcm")).sorted().toList(),
                DataSetAssertions.filesUnder(output), "files written");
        assertEquals(List.of(), DataSetAssertions.filesUnder(spool), "spool files left");
    }

    @Override
    public void close() throws Exception {
        camel.close();
    }
}
