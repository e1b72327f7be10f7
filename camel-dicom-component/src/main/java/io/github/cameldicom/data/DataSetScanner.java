package io.github.cameldicom.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Walks a data set with a {@link DataElementReader}, which checks its structure at every level (PS3.5 §7.1, §7.5,
 * Annex A.4), and keeps the few top-level attributes of {@link InstanceAttributes}. Every other value, Pixel Data
 * above all, is skipped, never held.
 */
public final class DataSetScanner {

    /** Longest value kept: UI is at most 64 bytes, CS 16, DA 8 (PS3.5 Table 6.2-1); the rest is slack. */
    private static final int MAX_KEPT_LENGTH = 1024;
    private static final int BUFFER_SIZE = 16384;

    private DataSetScanner() {
    }

    /**
     * Reads the whole data set to the end of the stream, checking its structure throughout.
     *
     * @throws DicomDataException if the data set is not well-formed or a kept attribute is implausibly long
     */
    public static InstanceAttributes scan(InputStream dataSet, TransferSyntax transferSyntax) throws IOException {
        // the whole stream is consumed, so reading ahead is harmless
        return walk(new BufferedInputStream(dataSet, BUFFER_SIZE), transferSyntax, false);
    }

    /**
     * Reads the data set only as far as the attributes kept: it stops after (0020,000E) Series Instance UID or at the
     * first top-level attribute with a higher tag. For bit-preserving storage, where the caller keeps the raw bytes
     * (for instance by copying everything it hands to this method) and copies the rest unparsed. For a syntax that
     * is not deflated, nothing after the last element examined is read from {@code dataSet}.
     *
     * @throws DicomDataException if the part read is not well-formed
     */
    public static InstanceAttributes scanLeading(InputStream dataSet, TransferSyntax transferSyntax)
            throws IOException {
        return walk(dataSet, transferSyntax, true);
    }

    private static InstanceAttributes walk(InputStream in, TransferSyntax transferSyntax, boolean leadingOnly)
            throws IOException {
        String sopClassUid = null;
        String sopInstanceUid = null;
        String studyInstanceUid = null;
        String seriesInstanceUid = null;
        String seriesDate = null;
        String modality = null;
        try (DataElementReader reader = new DataElementReader(in, transferSyntax)) {
            ElementHeader header;
            while ((header = reader.next()) != null) {
                boolean topLevel = reader.depth() == 0;
                if (leadingOnly && topLevel && Integer.compareUnsigned(header.tag(), Tag.SeriesInstanceUID) > 0) {
                    break;
                }
                if (!reader.hasPendingValue()) {
                    continue;
                }
                if (!topLevel) {
                    reader.skipValue();
                    continue;
                }
                switch (header.tag()) {
                    case Tag.SOPClassUID:
                        sopClassUid = reader.readString(MAX_KEPT_LENGTH);
                        break;
                    case Tag.SOPInstanceUID:
                        sopInstanceUid = reader.readString(MAX_KEPT_LENGTH);
                        break;
                    case Tag.StudyInstanceUID:
                        studyInstanceUid = reader.readString(MAX_KEPT_LENGTH);
                        break;
                    case Tag.SeriesInstanceUID:
                        seriesInstanceUid = reader.readString(MAX_KEPT_LENGTH);
                        break;
                    case Tag.SeriesDate:
                        seriesDate = reader.readString(MAX_KEPT_LENGTH);
                        break;
                    case Tag.Modality:
                        modality = reader.readString(MAX_KEPT_LENGTH);
                        break;
                    default:
                        reader.skipValue();
                        break;
                }
                if (leadingOnly && topLevel && header.tag() == Tag.SeriesInstanceUID) {
                    break;
                }
            }
        }
        return new InstanceAttributes(sopClassUid, sopInstanceUid, studyInstanceUid, seriesInstanceUid, seriesDate,
                modality);
    }
}
