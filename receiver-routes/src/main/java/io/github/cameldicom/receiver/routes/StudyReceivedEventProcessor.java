package io.github.cameldicom.receiver.routes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.Exchange;

/**
 * Turns a completed study aggregate ({@link StudyAggregationStrategy}) into the "study received" event, and sets the
 * Study Instance UID as the Kafka record key:
 *
 * <pre>{@code
 * {"studyInstanceUid":"1.2.3", "instances":6, "series":2,
 *  "seriesInstances":{"1.2.3.1":4, "1.2.3.2":2}, "modalities":["CT"],
 *  "callingAeTitles":["CT01"], "calledAeTitles":["DCMRECV"], "size":3145728,
 *  "firstReceivedAt":"2026-03-14T09:26:53.589Z", "lastReceivedAt":"2026-03-14T09:27:41.002Z",
 *  "completedAt":"2026-03-14T09:28:41.530Z"}
 * }</pre>
 *
 * <p>The event says "no instance of this study has arrived for the quiet period", not "the study is complete":
 * DICOM has no end-of-study signal. Instances arriving later start a new aggregate and, after another quiet period,
 * a new event that counts only them.
 */
public class StudyReceivedEventProcessor implements org.apache.camel.Processor {

    @Override
    @SuppressWarnings("unchecked")
    public void process(Exchange exchange) {
        Map<String, Object> aggregate = exchange.getMessage().getBody(Map.class);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("studyInstanceUid", aggregate.get(StudyAggregationStrategy.STUDY));
        event.put("instances", ((Collection<?>) aggregate.get(StudyAggregationStrategy.INSTANCES)).size());
        Map<String, Long> series = (Map<String, Long>) aggregate.get(StudyAggregationStrategy.SERIES);
        event.put("series", series.size());
        event.put("seriesInstances", new LinkedHashMap<>(series));
        event.put("modalities", new ArrayList<>((Collection<?>) aggregate.get(StudyAggregationStrategy.MODALITIES)));
        event.put("callingAeTitles", new ArrayList<>((Collection<?>) aggregate.get(StudyAggregationStrategy.CALLING)));
        event.put("calledAeTitles", new ArrayList<>((Collection<?>) aggregate.get(StudyAggregationStrategy.CALLED)));
        event.put("size", aggregate.get(StudyAggregationStrategy.SIZE));
        event.put("firstReceivedAt", aggregate.get(StudyAggregationStrategy.FIRST));
        event.put("lastReceivedAt", aggregate.get(StudyAggregationStrategy.LAST));
        event.put("completedAt", Instant.now().toString());
        exchange.getMessage().setBody(event);
        exchange.getMessage().setHeader("CamelKafkaKey", event.get("studyInstanceUid"));
    }
}
