package io.github.cameldicom.receiver.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.github.cameldicom.testing.ScuOutput;

/**
 * A receiver process killed (SIGKILL) in the middle of a study, after it has aggregated the first half, and started
 * again with the same member id and output directory: the second half joins the aggregate it finds in its H2
 * database, and the study gives exactly one event with the counts of the whole study.
 */
@Timeout(180)
class StudyReceivedRestartTest {

    static final String STUDY = "2.25.7003";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aReceiverKilledMidStudyStillGivesOneCompleteEvent() throws Exception {
        List<Path> study = StudyReceivedKafkaTest.study(Files.createDirectories(dir.resolve("study")), STUDY);
        List<Path> routes = List.of(ReceiverProcess.routeFile("receive-to-folder-and-kafka.yaml"),
                ReceiverProcess.routeFile("study-received-kafka.yaml"));
        try (KafkaBroker kafka = KafkaBroker.start(dir.resolve("kafka"))) {
            kafka.createTopic("dicom.instances", 3);
            kafka.createTopic("dicom.studies", 1);
            // the quiet period outlasts the restart, so the study is still open when the second half comes
            Map<String, String> properties = Map.of("dicom.kafka.brokers", kafka.bootstrapServers(),
                    "dicom.studies.quietPeriodMs", "20000", "dicom.studies.commitIntervalMs", "500",
                    "dicom.studies.memberId", "receiver-1");
            int port = Receiver.freePort();
            Path work = dir.resolve("receiver");
            try (ReceiverProcess first = ReceiverProcess.launch(work, List.of("-Xmx192m"), properties, Map.of(),
                    routes, port)) {
                first.awaitListening();
                Dcmtk.Result sent = DcmtkPeer.storescu(port, study.subList(0, 3).toArray(Path[]::new));
                assertEquals(List.of("0x0000", "0x0000", "0x0000"), ScuOutput.debugStatuses(sent.output()),
                        sent.output());
                // aggregated and committed: the first half is in the receiver's database, not only in Kafka
                kafka.awaitCommitted("dcmrecv-studies", "dicom.instances", Duration.ofSeconds(30));
                first.kill();
            }
            assertTrue(Files.exists(work.resolve("out/.dcmrecv-studies/studies.mv.db")));
            try (ReceiverProcess second = ReceiverProcess.launch(work, List.of("-Xmx192m"), properties, Map.of(),
                    routes, port)) {
                second.awaitListening();
                Dcmtk.Result sent = DcmtkPeer.storescu(port, study.subList(3, 6).toArray(Path[]::new));
                assertEquals(List.of("0x0000", "0x0000", "0x0000"), ScuOutput.debugStatuses(sent.output()),
                        sent.output());

                List<ConsumerRecord<String, String>> events = kafka.records("dicom.studies", 1,
                        Duration.ofSeconds(90), Duration.ofSeconds(3));
                assertEquals(1, events.size(), events + "\n" + second.log());
                JsonNode event = JSON.readTree(events.get(0).value());
                assertEquals(6, event.get("instances").asInt(), event.toString());
                assertEquals(2, event.get("series").asInt());
                assertEquals(StudyReceivedKafkaTest.storedBytes(work.resolve("out")), event.get("size").asLong());
            }
        }
    }
}
