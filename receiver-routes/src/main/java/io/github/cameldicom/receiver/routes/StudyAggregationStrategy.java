package io.github.cameldicom.receiver.routes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

/**
 * Adds the instance events of one study (as the JSON routes publish them, unmarshalled to a map) into one aggregate:
 * the SOP Instance UIDs seen, instances per series, modalities, AE titles, total size, and the first and last receive
 * time. An instance whose SOP Instance UID the aggregate has already is not counted again: events arrive at least
 * once (a sender's retry, a redelivery after a restart), and the same instance may have been sent to two receivers.
 *
 * <p>The aggregate holds only {@code java.util} collections, strings and numbers, so that camel-sql's JDBC
 * repository can store it (its default deserialisation filter admits {@code java.**} only).
 * {@link StudyReceivedEventProcessor} turns a completed aggregate into the published event.
 */
public class StudyAggregationStrategy implements AggregationStrategy {

    static final String STUDY = "studyInstanceUid";
    static final String INSTANCES = "sopInstanceUids";
    static final String SERIES = "seriesInstances";
    static final String MODALITIES = "modalities";
    static final String CALLING = "callingAeTitles";
    static final String CALLED = "calledAeTitles";
    static final String SIZE = "size";
    static final String FIRST = "firstReceivedAt";
    static final String LAST = "lastReceivedAt";

    @Override
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
        Map<?, ?> event = newExchange.getMessage().getBody(Map.class);
        Exchange target = oldExchange != null ? oldExchange : newExchange;
        Map<String, Object> aggregate = oldExchange != null ? aggregateOf(oldExchange) : newAggregate(event);
        add(aggregate, event);
        target.getMessage().setBody(aggregate);
        return target;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> aggregateOf(Exchange exchange) {
        return exchange.getMessage().getBody(Map.class);
    }

    private static Map<String, Object> newAggregate(Map<?, ?> event) {
        Map<String, Object> aggregate = new LinkedHashMap<>();
        aggregate.put(STUDY, text(event, STUDY));
        aggregate.put(INSTANCES, new LinkedHashSet<String>());
        aggregate.put(SERIES, new LinkedHashMap<String, Long>());
        aggregate.put(MODALITIES, new TreeSet<String>());
        aggregate.put(CALLING, new TreeSet<String>());
        aggregate.put(CALLED, new TreeSet<String>());
        aggregate.put(SIZE, 0L);
        return aggregate;
    }

    @SuppressWarnings("unchecked")
    static void add(Map<String, Object> aggregate, Map<?, ?> event) {
        String sopInstanceUid = text(event, "sopInstanceUid");
        if (sopInstanceUid == null || !((Set<String>) aggregate.get(INSTANCES)).add(sopInstanceUid)) {
            return;
        }
        String series = text(event, "seriesInstanceUid");
        ((Map<String, Long>) aggregate.get(SERIES)).merge(series == null ? "unknown" : series, 1L, Long::sum);
        addTo(aggregate, MODALITIES, text(event, "modality"));
        addTo(aggregate, CALLING, text(event, "callingAeTitle"));
        addTo(aggregate, CALLED, text(event, "calledAeTitle"));
        Object size = event.get("size");
        if (size instanceof Number number) {
            aggregate.put(SIZE, (Long) aggregate.get(SIZE) + number.longValue());
        }
        String received = text(event, "receivedAt");
        if (received != null) {
            Instant at = Instant.parse(received);
            String first = (String) aggregate.get(FIRST);
            String last = (String) aggregate.get(LAST);
            if (first == null || at.isBefore(Instant.parse(first))) {
                aggregate.put(FIRST, at.toString());
            }
            if (last == null || at.isAfter(Instant.parse(last))) {
                aggregate.put(LAST, at.toString());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void addTo(Map<String, Object> aggregate, String member, String value) {
        if (value != null) {
            ((Set<String>) aggregate.get(member)).add(value);
        }
    }

    private static String text(Map<?, ?> event, String member) {
        Object value = event.get(member);
        return value == null ? null : value.toString();
    }
}
