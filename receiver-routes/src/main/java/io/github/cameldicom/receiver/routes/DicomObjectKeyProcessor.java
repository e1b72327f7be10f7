package io.github.cameldicom.receiver.routes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.github.cameldicom.DicomConstants;
import io.github.cameldicom.data.LogText;
import io.github.cameldicom.data.StorageSopClasses;
import io.github.cameldicom.data.Uids;
import io.github.cameldicom.storage.DicomFileNameException;
import io.github.cameldicom.storage.DicomFileNameProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names the object of a received instance in an object store (S3, MinIO, …) from a key template, by default
 * {@value #DEFAULT_KEY_TEMPLATE}, and sets it as the header {@link #setKeyHeader(String) keyHeader} (default
 * {@code CamelAwsS3Key}, what camel-aws2-s3 reads).
 *
 * <p>The template is literal text with fields in angle brackets:
 * <ul>
 * <li>{@code <studyInstanceUid>}, {@code <seriesInstanceUid>}, {@code <sopInstanceUid>}, {@code <sopClassUid>}: the
 * headers {@code CamelDicomStudyInstanceUid} … without trailing padding; each must be a well-formed UID (PS3.5
 * §9.1), except that Study and Series Instance UIDs may have components with leading zeros, as the {@code dicom:}
 * consumer passes them on from older archives (digits and periods all the same, so just as safe in a key). A Study
 * or Series Instance UID the data set does not have, or has but not as a UID (the consumer then leaves the header
 * out), becomes {@link #setMissingValue(String) missingValue} (default {@code unknown}).</li>
 * <li>{@code <modalityPrefix>}: dcmrecv's prefix ({@code CT}, {@code MR}, …, {@code UNKNOWN}).</li>
 * <li>{@code <callingAeTitle>}, {@code <calledAeTitle>}: only AE titles made of letters, digits, {@code .},
 * {@code _} and {@code -} can be part of a key; others fail the exchange.</li>
 * <li>{@code <relativePath>}: the path a {@link DicomFileNameProcessor} computed earlier in the route
 * ({@code CamelDicomRelativePath}), so that the dcmrecv schemes ({@code +ssd}, {@code +fu}, …) name objects too,
 * e.g. {@code archive/<relativePath>}.</li>
 * </ul>
 *
 * <p>As with file names, header values are checked, never repaired: a value that is not of its expected form fails
 * the exchange with a {@link DicomFileNameException}, so the sender learns the instance was not stored. The
 * assembled key has no empty, {@code .} or {@code ..} segment, and is at most 1024 bytes (the S3 limit). A key made
 * only of UIDs cannot contain {@code ${}, which camel-aws2-s3 would otherwise evaluate as a Simple expression.
 *
 * <p>Two instances get the same key only if the template lets them (the default has the SOP Instance UID): storing
 * an instance again replaces its object, as dcmrecv's default names overwrite a file.
 */
public class DicomObjectKeyProcessor implements Processor {

    /** The default key: {@code <study uid>/<series uid>/<sop instance uid>.dcm}. */
    public static final String DEFAULT_KEY_TEMPLATE = "<studyInstanceUid>/<seriesInstanceUid>/<sopInstanceUid>.dcm";
    /** camel-aws2-s3's key header ({@code AWS2S3Constants.KEY}). */
    public static final String DEFAULT_KEY_HEADER = "CamelAwsS3Key";
    /** The S3 limit of a key, in UTF-8 bytes. */
    static final int MAX_KEY_BYTES = 1024;

    private static final Logger LOG = LoggerFactory.getLogger(DicomObjectKeyProcessor.class);

    private static final Map<String, Function<Message, String>> FIELDS = Map.of(
            "studyInstanceUid", m -> uid(m, DicomConstants.STUDY_INSTANCE_UID, true),
            "seriesInstanceUid", m -> uid(m, DicomConstants.SERIES_INSTANCE_UID, true),
            "sopInstanceUid", m -> uid(m, DicomConstants.SOP_INSTANCE_UID, false),
            "sopClassUid", m -> uid(m, DicomConstants.SOP_CLASS_UID, false),
            "modalityPrefix", DicomObjectKeyProcessor::modalityPrefix,
            "callingAeTitle", m -> aeTitle(m, DicomConstants.CALLING_AE_TITLE),
            "calledAeTitle", m -> aeTitle(m, DicomConstants.CALLED_AE_TITLE),
            "relativePath", DicomObjectKeyProcessor::relativePath);

    /** Marks a missing UID inside one {@link #keyFor(Message)} call; replaced by {@link #missingValue}. */
    private static final String MISSING = "\0missing\0";

    private String keyTemplate = DEFAULT_KEY_TEMPLATE;
    private List<Part> parts = parse(DEFAULT_KEY_TEMPLATE);
    private String keyHeader = DEFAULT_KEY_HEADER;
    private String missingValue = "unknown";

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        String key = keyFor(message);
        LOG.debug("Object key of the received instance: {}", key);
        message.setHeader(keyHeader, key);
    }

    /** The key for the headers of this message. */
    public String keyFor(Message message) {
        StringBuilder key = new StringBuilder();
        for (Part part : parts) {
            if (part.field == null) {
                key.append(part.text);
            } else {
                String value = FIELDS.get(part.field).apply(message);
                key.append(value == MISSING ? missingValue : value);
            }
        }
        return requireSafeKey(key.toString());
    }

    /**
     * @param fromDataSet whether the UID comes from the data set (Study, Series): it may be missing, and may have
     *                    leading zeros; the SOP Class and Instance UID come from the command, always valid UIDs
     */
    private static String uid(Message message, String header, boolean fromDataSet) {
        String value = message.getHeader(header, String.class);
        String uid = value == null ? "" : stripPadding(value);
        if (uid.isEmpty()) {
            if (fromDataSet) {
                return MISSING;
            }
            throw new DicomFileNameException("no " + header + ": the object key template needs it");
        }
        if (fromDataSet ? !Uids.isValidAllowingLeadingZeros(uid) : !Uids.isValid(uid)) {
            throw new DicomFileNameException(header + " " + show(value)
                    + " is not a well-formed UID (PS3.5 §9.1) and cannot be part of an object key");
        }
        return uid;
    }

    private static String modalityPrefix(Message message) {
        String prefix = message.getHeader(DicomConstants.MODALITY_PREFIX, String.class);
        if (prefix == null) {
            prefix = StorageSopClasses.modalityPrefix(message.getHeader(DicomConstants.SOP_CLASS_UID, String.class));
        }
        if (!prefix.matches("[A-Za-z0-9_-]{1,16}")) {
            throw new DicomFileNameException("modality prefix " + show(prefix) + " cannot be part of an object key");
        }
        return prefix;
    }

    private static String aeTitle(Message message, String header) {
        String value = message.getHeader(header, String.class);
        String title = value == null ? "" : value.strip();
        if (!title.matches("[A-Za-z0-9._-]{1,16}") || title.equals(".") || title.equals("..")) {
            throw new DicomFileNameException(header + " " + (value == null ? "(none)" : show(value))
                    + " cannot be part of an object key: 1 to 16 letters, digits, '.', '_' or '-' expected");
        }
        return title;
    }

    private static String relativePath(Message message) {
        String path = message.getHeader(DicomConstants.RELATIVE_PATH, String.class);
        if (path == null || path.isEmpty()) {
            throw new DicomFileNameException("no " + DicomConstants.RELATIVE_PATH + ": <relativePath> in the object "
                    + "key template needs a DicomFileNameProcessor earlier in the route");
        }
        return path;
    }

    private static String requireSafeKey(String key) {
        for (String segment : key.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new DicomFileNameException("refusing object key " + show(key)
                        + ": empty, '.' or '..' segment");
            }
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < ' ' || c == 0x7F) {
                throw new DicomFileNameException("refusing object key " + show(key) + ": control character");
            }
        }
        if (key.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            throw new DicomFileNameException("refusing object key " + show(key) + ": longer than " + MAX_KEY_BYTES
                    + " bytes");
        }
        return key;
    }

    private static String stripPadding(String value) {
        int end = value.length();
        while (end > 0 && (value.charAt(end - 1) == '\0' || value.charAt(end - 1) == ' ')) {
            end--;
        }
        return value.substring(0, end);
    }

    /** The value quoted for a message, as {@link LogText} renders it, so that it cannot forge log lines. */
    static String show(String value) {
        return "\"" + LogText.of(value) + "\"";
    }

    /** One literal piece of the template, or one field. */
    private record Part(String text, String field) {
    }

    private static List<Part> parse(String template) {
        Objects.requireNonNull(template, "keyTemplate");
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('<', i);
            if (open < 0) {
                parts.add(new Part(template.substring(i), null));
                break;
            }
            if (open > i) {
                parts.add(new Part(template.substring(i, open), null));
            }
            int close = template.indexOf('>', open);
            if (close < 0) {
                throw new IllegalArgumentException("object key template " + show(template) + ": unclosed '<'");
            }
            String field = template.substring(open + 1, close);
            if (!FIELDS.containsKey(field)) {
                throw new IllegalArgumentException("object key template " + show(template) + ": unknown field <"
                        + field + ">, expected one of " + new java.util.TreeSet<>(FIELDS.keySet()));
            }
            parts.add(new Part(null, field));
            i = close + 1;
        }
        for (Part part : parts) {
            if (part.text != null && (part.text.indexOf('>') >= 0 || part.text.contains("${"))) {
                throw new IllegalArgumentException("object key template " + show(template)
                        + ": '>' without '<', or '${'");
            }
        }
        if (parts.stream().noneMatch(p -> p.field != null)) {
            throw new IllegalArgumentException("object key template " + show(template)
                    + " has no field: every instance would get the same key");
        }
        return List.copyOf(parts);
    }

    public String getKeyTemplate() {
        return keyTemplate;
    }

    /**
     * The key template (default {@value #DEFAULT_KEY_TEMPLATE}), e.g. {@code dicom/<calledAeTitle>/<relativePath>}.
     *
     * @throws IllegalArgumentException for an unknown field, an unclosed {@code <}, or a template without fields
     */
    public void setKeyTemplate(String keyTemplate) {
        this.parts = parse(keyTemplate);
        this.keyTemplate = keyTemplate;
    }

    public String getKeyHeader() {
        return keyHeader;
    }

    /** The header to set (default {@value #DEFAULT_KEY_HEADER}). */
    public void setKeyHeader(String keyHeader) {
        this.keyHeader = Objects.requireNonNull(keyHeader, "keyHeader");
    }

    public String getMissingValue() {
        return missingValue;
    }

    /**
     * What stands for a Study or Series Instance UID the data set lacks (default {@code unknown}): letters, digits,
     * {@code .}, {@code _} or {@code -}, not a UID (not even one with leading zeros), so it cannot be taken for one.
     */
    public void setMissingValue(String missingValue) {
        if (missingValue == null || !missingValue.matches("[A-Za-z0-9._-]{1,64}")
                || Uids.isValidAllowingLeadingZeros(missingValue)
                || missingValue.equals(".") || missingValue.equals("..")) {
            throw new IllegalArgumentException("missingValue " + (missingValue == null ? "null" : show(missingValue))
                    + ": 1 to 64 letters, digits, '.', '_' or '-' expected, and not a UID");
        }
        this.missingValue = missingValue;
    }

    public DicomObjectKeyProcessor withKeyTemplate(String keyTemplate) {
        setKeyTemplate(keyTemplate);
        return this;
    }

    @Override
    public String toString() {
        return "DicomObjectKeyProcessor[" + keyTemplate + " -> " + keyHeader + ']';
    }
}
