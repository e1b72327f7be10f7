package io.github.cameldicom.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Arrays;

/**
 * Opens a DICOM Part 10 file (PS3.10 §7.1): checks the preamble and {@code DICM} prefix and reads the File Meta
 * Information group 0002 in Explicit VR Little Endian, leaving the stream at the data set.
 */
public final class Part10Reader {

    private static final int MAX_META_VALUE = 1024;

    private Part10Reader() {
    }

    /**
     * Reads preamble, prefix and group 0002 from {@code in}. The returned {@link Part10File#dataSet()} wraps
     * {@code in}; read the data set from it, not from {@code in}. Group 0002 ends at the first element of another
     * group; its group length is not relied on.
     *
     * @throws DicomDataException if there is no preamble and {@code DICM} prefix, or group 0002 is malformed
     */
    public static Part10File open(InputStream in) throws IOException {
        byte[] start = in.readNBytes(Part10Writer.PREAMBLE_LENGTH + Part10Writer.PREFIX.length);
        if (start.length < Part10Writer.PREAMBLE_LENGTH + Part10Writer.PREFIX.length
                || !Arrays.equals(start, Part10Writer.PREAMBLE_LENGTH, start.length, Part10Writer.PREFIX, 0, 4)) {
            throw new DicomDataException("not a DICOM Part 10 file: no \"DICM\" prefix after a 128-byte preamble"
                    + " (PS3.10 §7.1)");
        }
        PushbackInputStream stream = new PushbackInputStream(in, 2);
        DataElementReader reader = new DataElementReader(stream, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN);
        String sopClass = null;
        String sopInstance = null;
        String transferSyntax = null;
        String implementationClass = null;
        String implementationVersion = null;
        String sourceAe = null;
        while (nextIsGroup0002(stream)) {
            ElementHeader header = reader.next();
            if (!reader.hasPendingValue()) {
                throw new DicomDataException("File Meta Information element " + header
                        + " has no plain value (PS3.10 §7.1)");
            }
            switch (header.tag()) {
                case Tag.MediaStorageSOPClassUID:
                    sopClass = reader.readString(MAX_META_VALUE);
                    break;
                case Tag.MediaStorageSOPInstanceUID:
                    sopInstance = reader.readString(MAX_META_VALUE);
                    break;
                case Tag.TransferSyntaxUID:
                    transferSyntax = reader.readString(MAX_META_VALUE);
                    break;
                case Tag.ImplementationClassUID:
                    implementationClass = reader.readString(MAX_META_VALUE);
                    break;
                case Tag.ImplementationVersionName:
                    implementationVersion = reader.readString(MAX_META_VALUE);
                    break;
                case Tag.SourceApplicationEntityTitle:
                    sourceAe = reader.readString(MAX_META_VALUE);
                    break;
                default:
                    reader.skipValue();
                    break;
            }
        }
        return new Part10File(new FileMetaInformation(sopClass, sopInstance, transferSyntax, implementationClass,
                implementationVersion, sourceAe), stream);
    }

    /** Peeks at the next two bytes: group 0002 in little endian is {@code 02 00}. */
    private static boolean nextIsGroup0002(PushbackInputStream stream) throws IOException {
        int first = stream.read();
        if (first < 0) {
            return false;
        }
        int second = stream.read();
        if (second >= 0) {
            stream.unread(second);
        }
        stream.unread(first);
        return first == 0x02 && second == 0x00;
    }
}
