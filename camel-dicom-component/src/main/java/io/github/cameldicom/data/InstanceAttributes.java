package io.github.cameldicom.data;

/**
 * The top-level attributes of one SOP instance that the receiver needs for headers, validation and file naming
 * (PS3.3 C.12.1 SOP Common, C.7.2.1 General Study, C.7.3.1 General Series). Each is the value without padding,
 * empty if the attribute is present with no value, or {@code null} if the data set lacks it.
 *
 * @param sopClassUid       (0008,0016) SOP Class UID
 * @param sopInstanceUid    (0008,0018) SOP Instance UID
 * @param studyInstanceUid  (0020,000D) Study Instance UID
 * @param seriesInstanceUid (0020,000E) Series Instance UID
 * @param seriesDate        (0008,0021) Series Date
 * @param modality          (0008,0060) Modality
 */
public record InstanceAttributes(String sopClassUid, String sopInstanceUid, String studyInstanceUid,
        String seriesInstanceUid, String seriesDate, String modality) {
}
