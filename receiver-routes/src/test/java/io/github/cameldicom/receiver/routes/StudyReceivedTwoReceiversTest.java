package io.github.cameldicom.receiver.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Two receiver processes ({@code DcmrecvMain --routes receive-to-folder-and-kafka.yaml --routes
 * study-received-kafka.yaml}, each in its own JVM with its own output directory and study database) in one consumer
 * group, against a real Kafka broker: one study whose instances are split between them — one instance sent to both
 * — gives exactly one "study received" event, with the counts of the whole study.
 */
@Timeout(180)
class StudyReceivedTwoReceiversTest {

    static final String STUDY = "2.25.7002";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aStudySplitBetweenTwoReceiversGivesOneEvent() throws Exception {
        List<Path> study = StudyReceivedKafkaTest.study(Files.createDirectories(dir.resolve("study")), STUDY);
        List<Path> routes = List.of(ReceiverProcess.routeFile("receive-to-folder-and-kafka.yaml"),
                ReceiverProcess.routeFile("study-received-kafka.yaml"));
        try (KafkaBroker kafka = KafkaBroker.start(dir.resolve("kafka"))) {
            kafka.createTopic("dicom.instances", 3);
            kafka.createTopic("dicom.studies", 1);
            Map<String, String> common = Map.of("dicom.kafka.brokers", kafka.bootstrapServers(),
                    "dicom.studies.quietPeriodMs", "4000", "dicom.studies.commitIntervalMs", "1000");
            try (ReceiverProcess a = ReceiverProcess.launch(dir.resolve("a"), List.of("-Xmx192m"),
                            with(common, "dicom.studies.memberId", "receiver-a"), Map.of(), routes,
                            Receiver.freePort());
                    ReceiverProcess b = ReceiverProcess.launch(dir.resolve("b"), List.of("-Xmx192m"),
                            with(common, "dicom.studies.memberId", "receiver-b"), Map.of(), routes,
                            Receiver.freePort())) {
                a.awaitListening();
                b.awaitListening();
                kafka.awaitGroupStable("dcmrecv-studies", "dicom.instances", 2, Duration.ofSeconds(60));

                Dcmtk.Result toA = DcmtkPeer.storescu(a.port(), study.subList(0, 3).toArray(Path[]::new));
                assertEquals(List.of("0x0000", "0x0000", "0x0000"), ScuOutput.debugStatuses(toA.output()),
                        toA.output());
                Dcmtk.Result toB = DcmtkPeer.storescu(b.port(), study.subList(2, 6).toArray(Path[]::new));
                assertEquals(List.of("0x0000", "0x0000", "0x0000", "0x0000"), ScuOutput.debugStatuses(toB.output()),
                        toB.output());

                // one event; then as long again as the quiet period, in case the other receiver also completes one
                List<ConsumerRecord<String, String>> events = kafka.records("dicom.studies", 1,
                        Duration.ofSeconds(60), Duration.ofSeconds(8));
                assertEquals(1, events.size(), events + "\nA:\n" + a.log() + "\nB:\n" + b.log());
                JsonNode event = JSON.readTree(events.get(0).value());
                assertEquals(STUDY, events.get(0).key());
                assertEquals(6, event.get("instances").asInt(), event.toString());
                assertEquals(2, event.get("series").asInt());
                assertEquals(4, event.get("seriesInstances").get(STUDY + ".1").asInt());
                assertEquals(2, event.get("seriesInstances").get(STUDY + ".2").asInt());
                // instance 3 went to both receivers and counts once
                long bytesA = StudyReceivedKafkaTest.storedBytes(dir.resolve("a/out"));
                long bytesB = StudyReceivedKafkaTest.storedBytes(dir.resolve("b/out"));
                long duplicate = Files.size(dir.resolve("a/out").resolve(storedName(dir.resolve("a/out"), study.get(2))));
                assertEquals(bytesA + bytesB - duplicate, event.get("size").asLong());
            }
        }
    }

    private static Map<String, String> with(Map<String, String> common, String key, String value) {
        Map<String, String> all = new java.util.HashMap<>(common);
        all.put(key, value);
        return all;
    }

    /** The name the receiver gave a sent file (dcmrecv's default: prefix, '.', SOP Instance UID). */
    static String storedName(Path out, Path sent) throws Exception {
        String uid = DcmtkPeer.Uids.of(sent).sopInstance();
        try (var files = Files.list(out)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("." + uid)).findFirst()
                    .orElseThrow(() -> new AssertionError(uid + " not stored in " + out));
        }
    }
}
