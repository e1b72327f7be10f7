package io.github.cameldicom.receiver.routes;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.cameldicom.DicomConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.component.aws2.s3.AWS2S3Constants;

/**
 * Sets the headers camel-aws2-s3 reads to store one received instance: its user metadata
 * ({@code x-amz-meta-*}: the main UIDs, modality and AE titles), content type {@value #CONTENT_TYPE} and content
 * length. With the content length known, the S3 producer streams the body (a file or stream) to S3, in parts for a
 * multipart upload, instead of reading it onto the heap to measure it.
 *
 * <p>Metadata keys (lower case, as S3 returns them): {@code sop-instance-uid}, {@code sop-class-uid},
 * {@code study-instance-uid}, {@code series-instance-uid}, {@code transfer-syntax-uid}, {@code modality},
 * {@code calling-ae-title}, {@code called-ae-title}. A header that is absent, or not printable ASCII (S3 metadata
 * travels as HTTP headers), is left out, trailing padding removed.
 */
public class DicomObjectMetadataProcessor implements Processor {

    /** The media type of a DICOM Part 10 file (PS3.18 §8.7.3, RFC 3240). */
    public static final String CONTENT_TYPE = "application/dicom";

    private static final Map<String, String> METADATA = metadataHeaders();

    private static Map<String, String> metadataHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("sop-instance-uid", DicomConstants.SOP_INSTANCE_UID);
        headers.put("sop-class-uid", DicomConstants.SOP_CLASS_UID);
        headers.put("study-instance-uid", DicomConstants.STUDY_INSTANCE_UID);
        headers.put("series-instance-uid", DicomConstants.SERIES_INSTANCE_UID);
        headers.put("transfer-syntax-uid", DicomConstants.TRANSFER_SYNTAX_UID);
        headers.put("modality", DicomConstants.MODALITY);
        headers.put("calling-ae-title", DicomConstants.CALLING_AE_TITLE);
        headers.put("called-ae-title", DicomConstants.CALLED_AE_TITLE);
        return java.util.Collections.unmodifiableMap(headers);
    }

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        message.setHeader(AWS2S3Constants.METADATA, metadata(message));
        message.setHeader(AWS2S3Constants.CONTENT_TYPE, CONTENT_TYPE);
        Long size = message.getHeader(DicomConstants.BYTE_SIZE, Long.class);
        if (size != null) {
            message.setHeader(AWS2S3Constants.CONTENT_LENGTH, size);
        }
    }

    /** The user metadata of the object for this message's headers. */
    public static Map<String, String> metadata(Message message) {
        Map<String, String> metadata = new LinkedHashMap<>();
        METADATA.forEach((key, header) -> {
            String value = message.getHeader(header, String.class);
            String text = value == null ? "" : value.strip().replace("\0", "");
            if (!text.isEmpty() && text.chars().allMatch(c -> c >= ' ' && c < 0x7F)) {
                metadata.put(key, text);
            }
        });
        return metadata;
    }
}
