package io.github.cameldicom.receiver.routes;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.github.cameldicom.testing.Dcmtk;
import io.github.cameldicom.testing.Samples;
import io.github.cameldicom.testing.ScuOutput;

/**
 * The {@code receive-to-folder-and-jms} route with DCMTK's storescu as the sender: each instance stored as the
 * folder route stores it, then announced by a JSON message on ActiveMQ Artemis. With the embedded broker by default,
 * and with a broker of its own (URL, user, password) that goes down and comes back.
 */
@Timeout(120)
class ReceiveToFolderAndJmsTest {

    static final String QUEUE = "dicom.instances";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void embeddedBrokerCarriesOneEventPerStoredInstance() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        int acceptorPort = Receiver.freePort();
        String acceptor = "tcp://127.0.0.1:" + acceptorPort;
        List<Path> samples = List.of(Samples.pydicom("CT_small.dcm"), Samples.pydicom("MR_small.dcm"));
        Instant before = Instant.now();
        try (Receiver receiver = Receiver.start("receive-to-folder-and-jms.yaml", out,
                Map.of("dicom.jms.embeddedAcceptor", acceptor), "-fe", ".dcm")) {
            Dcmtk.Result sent = DcmtkPeer.storescu(receiver.port(), samples.toArray(Path[]::new));
            assertEquals(List.of("0x0000", "0x0000"), ScuOutput.debugStatuses(sent.output()), sent.output());

            // a consumer in another process would connect like this: the embedded broker's TCP acceptor
            List<String> messages = ArtemisBroker.drain(acceptor, null, null, QUEUE, 2, Duration.ofSeconds(20));
            assertEquals(2, messages.size(), messages.toString());
            for (int i = 0; i < samples.size(); i++) {
                DcmtkPeer.Uids uids = DcmtkPeer.Uids.of(samples.get(i));
                JsonNode event = JSON.readTree(messages.get(i));
                Path stored = Path.of(URI.create(event.get("location").asText()));
                String prefix = i == 0 ? "CT." : "MR.";
                assertAll(samples.get(i).getFileName().toString(),
                        () -> assertEquals(uids.sopInstance(), event.get("sopInstanceUid").asText()),
                        () -> assertEquals(uids.sopClass(), event.get("sopClassUid").asText()),
                        () -> assertEquals(uids.study(), event.get("studyInstanceUid").asText()),
                        () -> assertEquals(uids.series(), event.get("seriesInstanceUid").asText()),
                        () -> assertEquals("1.2.840.10008.1.2.1", event.get("transferSyntaxUid").asText()),
                        () -> assertEquals("STORESCU", event.get("callingAeTitle").asText()),
                        () -> assertEquals("DCMRECV", event.get("calledAeTitle").asText()),
                        () -> assertEquals("127.0.0.1", event.get("remoteAddress").asText()),
                        () -> assertEquals(prefix + uids.sopInstance() + ".dcm", event.get("relativePath").asText()),
                        () -> assertEquals(out.resolve(prefix + uids.sopInstance() + ".dcm").toRealPath(),
                                stored.toRealPath()),
                        () -> assertEquals(Files.size(stored), event.get("size").asLong()),
                        () -> {
                            Instant received = Instant.parse(event.get("receivedAt").asText());
                            assertFalse(received.isBefore(before.minusSeconds(1)), received + " before " + before);
                            assertFalse(received.isAfter(Instant.now()), received.toString());
                        });
                Part10.assertSameDataSet(samples.get(i), stored);
            }
        }
        assertEquals(List.of(), leftovers(out), "no temporary files");
    }

    @Test
    void brokerDownRefusesWithA700AndTakesTheFileBack() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path ct = Samples.pydicom("CT_small.dcm");
        Path mr = Samples.pydicom("MR_small.dcm");
        Path ctFile = out.resolve("CT." + DcmtkPeer.Uids.of(ct).sopInstance());
        Path mrFile = out.resolve("MR." + DcmtkPeer.Uids.of(mr).sopInstance());
        try (ArtemisBroker broker = ArtemisBroker.start(Files.createDirectories(dir.resolve("broker")));
                Receiver receiver = Receiver.start("receive-to-folder-and-jms.yaml", out, Map.of(
                        "dicom.jms.url", broker.url(),
                        "dicom.jms.user", ArtemisBroker.USER,
                        "dicom.jms.password", ArtemisBroker.PASSWORD))) {
            Dcmtk.Result first = DcmtkPeer.storescu(receiver.port(), ct);
            assertEquals(List.of("0x0000"), ScuOutput.debugStatuses(first.output()), first.output());
            assertTrue(Files.exists(ctFile));

            broker.stop();
            Dcmtk.Result refused = DcmtkPeer.storescu(receiver.port(), mr, ct);
            assertEquals(List.of("0xa700", "0xa700"), ScuOutput.debugStatuses(refused.output()), refused.output());
            assertFalse(Files.exists(mrFile), "the refused instance is not left under its final name");
            assertTrue(Files.exists(ctFile), "the earlier, announced copy of the instance sent again stays");
            assertFalse(Files.exists(out.resolve(".dcmrecv-artemis")), "no embedded broker with a URL");

            broker.start();
            Dcmtk.Result again = DcmtkPeer.storescu(receiver.port(), mr);
            assertEquals(List.of("0x0000"), ScuOutput.debugStatuses(again.output()), again.output());
            assertTrue(Files.exists(mrFile));

            List<String> messages = ArtemisBroker.drain(broker.url(), ArtemisBroker.USER, ArtemisBroker.PASSWORD,
                    QUEUE, 2, Duration.ofSeconds(20));
            List<String> announced = new ArrayList<>();
            for (String message : messages) {
                announced.add(JSON.readTree(message).get("location").asText());
            }
            assertEquals(List.of(ctFile.toUri().toString(), mrFile.toUri().toString()), announced,
                    "one message per successful store, none for the refused ones");
        }
        assertEquals(List.of(), leftovers(out), "no temporary files");
    }

    /**
     * A Study Instance UID that is no UID (here a path) leaves the consumer's header out: the instance is stored and
     * announced all the same (success means the message was sent: with the header absent, the JMSXGroupID the route
     * sets from it is null, which camel-jms leaves off), and the event has no study.
     */
    @Test
    void studyUidThatIsNoUidIsStoredAndAnnouncedWithoutIt() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        String sopInstance = "1.2.826.0.1.3680043.2.1143.107.1";
        String series = "1.2.826.0.1.3680043.2.1143.107.2";
        Path hostile = SyntheticInstances.small(dir.resolve("hostile.dcm"), "../../../etc/x", series, sopInstance);
        String acceptor = "tcp://127.0.0.1:" + Receiver.freePort();
        try (Receiver receiver = Receiver.start("receive-to-folder-and-jms.yaml", out,
                Map.of("dicom.jms.embeddedAcceptor", acceptor), "-fe", ".dcm")) {
            Dcmtk.Result sent = DcmtkPeer.storescu(receiver.port(), hostile);
            assertEquals(List.of("0x0000"), ScuOutput.debugStatuses(sent.output()), sent.output());

            List<String> messages = ArtemisBroker.drain(acceptor, null, null, QUEUE, 1, Duration.ofSeconds(20));
            assertEquals(1, messages.size(), messages.toString());
            JsonNode event = JSON.readTree(messages.get(0));
            assertAll(
                    () -> assertEquals(sopInstance, event.get("sopInstanceUid").asText()),
                    () -> assertFalse(event.has("studyInstanceUid"), event.toString()),
                    () -> assertEquals(series, event.get("seriesInstanceUid").asText()),
                    () -> assertTrue(event.get("relativePath").asText().endsWith("." + sopInstance + ".dcm")),
                    () -> assertTrue(Files.exists(out.resolve(event.get("relativePath").asText())), "stored"));
        }
        try (Stream<Path> all = Files.walk(dir)) {
            assertEquals(List.of(), all.filter(p -> p.getFileName().toString().equals("x")).toList(),
                    "nothing named after the study value");
        }
    }

    /** Hidden temporary files of the file endpoint left in the output directory. */
    private static List<Path> leftovers(Path out) throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).sorted(Comparator.naturalOrder())
                    .toList();
        }
    }
}
