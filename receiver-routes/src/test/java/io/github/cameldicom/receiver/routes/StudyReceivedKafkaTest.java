package io.github.cameldicom.receiver.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
 * The {@code study-received-kafka} route next to {@code receive-to-folder-and-kafka} in one receiver, against a real
 * Kafka broker (KRaft, in this JVM): a study sent over three associations, one instance twice, gives exactly one
 * "study received" event after the quiet period, with the right counts.
 */
@Timeout(120)
class StudyReceivedKafkaTest {

    static final String STUDY = "2.25.7001";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Six instances of study 2.25.7001: four in series .1, two in series .2. */
    static List<Path> study(Path dir, String study) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String series = study + (i <= 4 ? ".1" : ".2");
            files.add(SyntheticInstances.small(dir.resolve("i" + i + ".dcm"), study, series, series + "." + i));
        }
        return files;
    }

    /** Bytes in the (non-hidden) files of a receiver's output directory. */
    static long storedBytes(Path out) throws java.io.IOException {
        try (var files = Files.list(out)) {
            long size = 0;
            for (Path f : files.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().startsWith("."))
                    .toList()) {
                size += Files.size(f);
            }
            return size;
        }
    }

    @Test
    void oneEventPerStudyAfterTheQuietPeriod() throws Exception {
        List<Path> study = study(Files.createDirectories(dir.resolve("study")), STUDY);
        try (KafkaBroker kafka = KafkaBroker.start(dir.resolve("kafka"))) {
            kafka.createTopic("dicom.instances", 3);
            kafka.createTopic("dicom.studies", 1);
            try (Receiver receiver = Receiver.start("receive-to-folder-and-kafka.yaml,study-received-kafka.yaml",
                    Files.createDirectories(dir.resolve("out")), Map.of(
                            "dicom.kafka.brokers", kafka.bootstrapServers(),
                            "dicom.studies.quietPeriodMs", "3000",
                            "dicom.studies.memberId", "receiver-1"))) {
                for (List<Path> part : List.of(study.subList(0, 3), study.subList(2, 5), study.subList(5, 6))) {
                    Dcmtk.Result sent = DcmtkPeer.storescu(receiver.port(), part.toArray(Path[]::new));
                    assertEquals(part.size(),
                            ScuOutput.debugStatuses(sent.output()).stream().filter("0x0000"::equals).count(),
                            sent.output());
                }
                List<ConsumerRecord<String, String>> events = kafka.records("dicom.studies", 1,
                        Duration.ofSeconds(60));
                assertEquals(1, events.size(), events.toString());
                assertEquals(STUDY, events.get(0).key());
                JsonNode event = JSON.readTree(events.get(0).value());
                assertEquals(STUDY, event.get("studyInstanceUid").asText());
                assertEquals(6, event.get("instances").asInt(), "instance 3, sent twice, counts once");
                assertEquals(2, event.get("series").asInt());
                assertEquals(4, event.get("seriesInstances").get(STUDY + ".1").asInt());
                assertEquals(2, event.get("seriesInstances").get(STUDY + ".2").asInt());
                assertEquals("[\"OT\"]", event.get("modalities").toString());
                assertEquals("[\"STORESCU\"]", event.get("callingAeTitles").toString());
                assertEquals(storedBytes(dir.resolve("out")), event.get("size").asLong(),
                        "the size of the six stored files");
            }
        }
    }
}
