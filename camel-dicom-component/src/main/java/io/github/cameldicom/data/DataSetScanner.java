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

    /**
     * For bit-preserving storage, where the caller keeps the raw bytes (by copying everything it hands to this method)
     * and must only never store a data set that was cut short: reads the data set to its end, keeping the attributes
     * as {@link #scan} does, and fails when the leading attributes are malformed or the stream ends inside an
     * element, item or sequence. Any other irregularity after the leading attributes (a delimiter where none belongs,
     * say) ends the checking, not the reception: such bytes are the sender's to keep, as dcmrecv {@code +B} keeps
     * them, and what this method did not read is the caller's to copy.
     *
     * @throws DataSetTruncatedException if the data set ends inside an element, item or sequence
     * @throws DicomDataException        if the leading attributes are not well-formed
     */
    public static InstanceAttributes scanComplete(InputStream dataSet, TransferSyntax transferSyntax)
            throws IOException {
        Kept kept = new Kept();
        try (DataElementReader reader = new DataElementReader(new BufferedInputStream(dataSet, BUFFER_SIZE),
                transferSyntax)) {
            walk(reader, kept, false);
        } catch (DataSetTruncatedException e) {
            throw e;
        } catch (DicomDataException e) {
            if (!kept.leadingDone) {
                throw e;
            }
        }
        return kept.attributes();
    }

    private static InstanceAttributes walk(InputStream in, TransferSyntax transferSyntax, boolean leadingOnly)
            throws IOException {
        Kept kept = new Kept();
        try (DataElementReader reader = new DataElementReader(in, transferSyntax)) {
            walk(reader, kept, leadingOnly);
        }
        return kept.attributes();
    }

    private static void walk(DataElementReader reader, Kept kept, boolean leadingOnly) throws IOException {
        ElementHeader header;
        while ((header = reader.next()) != null) {
            boolean topLevel = reader.depth() == 0;
            if (topLevel && Integer.compareUnsigned(header.tag(), Tag.SeriesInstanceUID) > 0
                && kept.passLeading(leadingOnly)) {
                return;
            }
            if (!reader.hasPendingValue()) {
                continue;
            }
            if (!topLevel) {
                reader.skipValue();
                continue;
            }
            switch (header.tag()) {
                case Tag.SOPClassUID -> kept.sopClassUid = reader.readString(MAX_KEPT_LENGTH);
                case Tag.SOPInstanceUID -> kept.sopInstanceUid = reader.readString(MAX_KEPT_LENGTH);
                case Tag.StudyInstanceUID -> kept.studyInstanceUid = reader.readString(MAX_KEPT_LENGTH);
                case Tag.SeriesInstanceUID -> kept.seriesInstanceUid = reader.readString(MAX_KEPT_LENGTH);
                case Tag.SeriesDate -> kept.seriesDate = reader.readString(MAX_KEPT_LENGTH);
                case Tag.Modality -> kept.modality = reader.readString(MAX_KEPT_LENGTH);
                default -> reader.skipValue();
            }
            if (header.tag() == Tag.SeriesInstanceUID && kept.passLeading(leadingOnly)) {
                return;
            }
        }
        kept.leadingDone = true;
    }

    /** The attributes kept so far, and whether the walk is past the last of them. */
    private static final class Kept {
        private String sopClassUid;
        private String sopInstanceUid;
        private String studyInstanceUid;
        private String seriesInstanceUid;
        private String seriesDate;
        private String modality;
        private boolean leadingDone;

        /** The walk is past the last kept attribute; whether it stops there. */
        boolean passLeading(boolean leadingOnly) {
            leadingDone = true;
            return leadingOnly;
        }

        InstanceAttributes attributes() {
            return new InstanceAttributes(sopClassUid, sopInstanceUid, studyInstanceUid, seriesInstanceUid,
                    seriesDate, modality);
        }
    }
}
