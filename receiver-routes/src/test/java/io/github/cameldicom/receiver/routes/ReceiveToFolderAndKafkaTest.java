package io.github.cameldicom.receiver.routes;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.github.cameldicom.testing.Dcmtk;
import io.github.cameldicom.testing.Samples;
import io.github.cameldicom.testing.ScuOutput;

/**
 * The {@code receive-to-folder-and-kafka} route against a real Kafka 4.1 broker (KRaft, in this JVM) with DCMTK's
 * storescu as the sender: one event per stored instance keyed by its Study Instance UID; Kafka down means 0xA700 and
 * the file taken back; Kafka back means stores succeed again.
 */
@Timeout(150)
class ReceiveToFolderAndKafkaTest {

    static final String TOPIC = "dicom.instances";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void eventsKeyedByStudyAndKafkaDownRefusesWithA700() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path ct = Samples.pydicom("CT_small.dcm");
        Path mr = Samples.pydicom("MR_small.dcm");
        DcmtkPeer.Uids ctUids = DcmtkPeer.Uids.of(ct);
        DcmtkPeer.Uids mrUids = DcmtkPeer.Uids.of(mr);
        Path ctFile = out.resolve("CT." + ctUids.sopInstance());
        Path mrFile = out.resolve("MR." + mrUids.sopInstance());
        try (KafkaBroker kafka = KafkaBroker.start(dir.resolve("kafka"))) {
            kafka.createTopic(TOPIC, 3);
            try (Receiver receiver = Receiver.start("receive-to-folder-and-kafka.yaml", out, Map.of(
                    "dicom.kafka.brokers", kafka.bootstrapServers(),
                    "dicom.kafka.deliveryTimeoutMs", "6000",
                    "dicom.kafka.requestTimeoutMs", "3000",
                    "dicom.kafka.maxBlockMs", "3000"))) {
                Dcmtk.Result sent = DcmtkPeer.storescu(receiver.port(), ct);
                assertEquals(List.of("0x0000"), ScuOutput.debugStatuses(sent.output()), sent.output());

                List<ConsumerRecord<String, String>> records = kafka.records(TOPIC, 1, Duration.ofSeconds(30));
                assertEquals(1, records.size(), records.toString());
                ConsumerRecord<String, String> record = records.get(0);
                JsonNode event = JSON.readTree(record.value());
                assertAll(
                        () -> assertEquals(ctUids.study(), record.key(), "keyed by Study Instance UID"),
                        () -> assertEquals(ctUids.sopInstance(), event.get("sopInstanceUid").asText()),
                        () -> assertEquals(ctUids.sopClass(), event.get("sopClassUid").asText()),
                        () -> assertEquals(ctUids.study(), event.get("studyInstanceUid").asText()),
                        () -> assertEquals(ctUids.series(), event.get("seriesInstanceUid").asText()),
                        () -> assertEquals("STORESCU", event.get("callingAeTitle").asText()),
                        () -> assertEquals("DCMRECV", event.get("calledAeTitle").asText()),
                        () -> assertEquals("1.2.840.10008.1.2.1", event.get("transferSyntaxUid").asText()),
                        () -> assertEquals(Files.size(ctFile), event.get("size").asLong()),
                        () -> assertEquals(ctFile.toRealPath(),
                                Path.of(URI.create(event.get("location").asText())).toRealPath()),
                        () -> assertTrue(event.hasNonNull("receivedAt")));

                kafka.stop();
                Dcmtk.Result refused = DcmtkPeer.storescu(receiver.port(), mr);
                assertEquals(List.of("0xa700"), ScuOutput.debugStatuses(refused.output()), refused.output());
                assertFalse(Files.exists(mrFile), "the refused instance is not left under its final name");

                kafka.start();
                Dcmtk.Result again = DcmtkPeer.storescu(receiver.port(), mr);
                assertEquals(List.of("0x0000"), ScuOutput.debugStatuses(again.output()), again.output());
                assertTrue(Files.exists(mrFile));
            }
            List<ConsumerRecord<String, String>> records = kafka.records(TOPIC, 2, Duration.ofSeconds(30));
            assertEquals(List.of(ctUids.study(), mrUids.study()), records.stream().map(ConsumerRecord::key)
                    .sorted((a, b) -> a.equals(ctUids.study()) ? -1 : b.equals(ctUids.study()) ? 1 : 0).toList(),
                    "one event per successful store, none for the refused one: " + records);
        }
    }
}
