package io.github.cameldicom.receiver.routes;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.cameldicom.DicomConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Replaces the body with the event that announces one stored instance: a small map, for a JSON data format to
 * marshal, that points at where the instance was stored (the claim check) instead of carrying it.
 *
 * <pre>{@code
 * {"sopInstanceUid":"1.2.3.4.5", "sopClassUid":"1.2.840.10008.5.1.4.1.1.2",
 *  "studyInstanceUid":"1.2.3", "seriesInstanceUid":"1.2.3.4", "modality":"CT",
 *  "transferSyntaxUid":"1.2.840.10008.1.2.1", "callingAeTitle":"STORESCU", "calledAeTitle":"DCMRECV",
 *  "remoteAddress":"10.0.0.7", "associationId":"STORESCU->DCMRECV(3)", "size":39206,
 *  "location":"file:///data/dicom/CT.1.2.3.4.5", "relativePath":"CT.1.2.3.4.5",
 *  "receivedAt":"2026-03-14T09:26:53.589Z"}
 * }</pre>
 *
 * <p>{@code location} is a URI: {@code file:} for what a {@code file:} endpoint wrote ({@code CamelFileNameProduced}),
 * {@code s3://bucket/key} for what camel-aws2-s3 stored. {@code receivedAt} is when the exchange was created, i.e.
 * when the instance had been received completely. Members whose header is absent are left out; UIDs and AE titles
 * lose their DICOM padding. {@code size} is the size of the stored Part 10 file in bytes.
 */
public class DicomInstanceEventProcessor implements Processor {

    @Override
    public void process(Exchange exchange) {
        exchange.getMessage().setBody(event(exchange));
    }

    /** The event for this exchange, as an ordered map. */
    public static Map<String, Object> event(Exchange exchange) {
        Message message = exchange.getMessage();
        Map<String, Object> event = new LinkedHashMap<>();
        text(event, "sopInstanceUid", message, DicomConstants.SOP_INSTANCE_UID);
        text(event, "sopClassUid", message, DicomConstants.SOP_CLASS_UID);
        text(event, "studyInstanceUid", message, DicomConstants.STUDY_INSTANCE_UID);
        text(event, "seriesInstanceUid", message, DicomConstants.SERIES_INSTANCE_UID);
        text(event, "modality", message, DicomConstants.MODALITY);
        text(event, "transferSyntaxUid", message, DicomConstants.TRANSFER_SYNTAX_UID);
        text(event, "callingAeTitle", message, DicomConstants.CALLING_AE_TITLE);
        text(event, "calledAeTitle", message, DicomConstants.CALLED_AE_TITLE);
        text(event, "remoteAddress", message, DicomConstants.REMOTE_ADDRESS);
        text(event, "associationId", message, DicomConstants.ASSOCIATION_ID);
        Long size = message.getHeader(DicomConstants.BYTE_SIZE, Long.class);
        if (size != null) {
            event.put("size", size);
        }
        String location = location(message);
        if (location != null) {
            event.put("location", location);
        }
        text(event, "relativePath", message, DicomConstants.RELATIVE_PATH);
        event.put("receivedAt", Instant.ofEpochMilli(exchange.getClock().getCreated()).toString());
        return event;
    }

    private static String location(Message message) {
        String file = message.getHeader(Exchange.FILE_NAME_PRODUCED, String.class);
        if (file != null) {
            return Path.of(file).toAbsolutePath().normalize().toUri().toString();
        }
        String bucket = message.getHeader("CamelAwsS3ProducedBucketName", String.class);
        String key = message.getHeader("CamelAwsS3ProducedKey", String.class);
        if (bucket != null && key != null) {
            return "s3://" + bucket + "/" + key;
        }
        return null;
    }

    private static void text(Map<String, Object> event, String member, Message message, String header) {
        String value = message.getHeader(header, String.class);
        if (value != null) {
            String text = value.replace("\0", "").strip();
            if (!text.isEmpty()) {
                event.put(member, text);
            }
        }
    }
}
