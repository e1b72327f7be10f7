package io.github.cameldicom.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes the header of a DICOM Part 10 file (PS3.10 §7.1): the 128-byte preamble, the {@code DICM} prefix and the
 * File Meta Information group 0002 in Explicit VR Little Endian (Table 7.1-1). The caller then writes the data set in
 * the Transfer Syntax the header names.
 */
public final class Part10Writer {

    /** Length of the File Preamble (PS3.10 §7.1). */
    public static final int PREAMBLE_LENGTH = 128;
    /** The DICOM Prefix that follows the preamble (PS3.10 §7.1). */
    public static final byte[] PREFIX = {'D', 'I', 'C', 'M'};

    private static final int MAX_SH_LENGTH = 16;
    private static final int MAX_AE_LENGTH = 16;
    private static final byte[] VERSION_0001 = {0x00, 0x01};

    private Part10Writer() {
    }

    /**
     * Writes preamble, prefix and File Meta Information.
     *
     * @throws IllegalArgumentException if a required value is missing or a value cannot be encoded in its VR
     */
    public static void writeHeader(OutputStream out, FileMetaInformation meta) throws IOException {
        out.write(encodeHeader(meta));
    }

    /** The bytes {@link #writeHeader} writes. */
    public static byte[] encodeHeader(FileMetaInformation meta) {
        ByteArrayOutputStream group = new ByteArrayOutputStream(256);
        element(group, Tag.FileMetaInformationVersion, VR.OB, VERSION_0001);
        element(group, Tag.MediaStorageSOPClassUID, VR.UI,
                uid("Media Storage SOP Class UID", meta.mediaStorageSopClassUid()));
        element(group, Tag.MediaStorageSOPInstanceUID, VR.UI,
                uid("Media Storage SOP Instance UID", meta.mediaStorageSopInstanceUid()));
        element(group, Tag.TransferSyntaxUID, VR.UI, uid("Transfer Syntax UID", meta.transferSyntaxUid()));
        element(group, Tag.ImplementationClassUID, VR.UI,
                uid("Implementation Class UID", meta.implementationClassUid()));
        if (meta.implementationVersionName() != null) {
            element(group, Tag.ImplementationVersionName, VR.SH,
                    text("Implementation Version Name", meta.implementationVersionName(), MAX_SH_LENGTH));
        }
        if (meta.sourceApplicationEntityTitle() != null) {
            element(group, Tag.SourceApplicationEntityTitle, VR.AE,
                    text("Source Application Entity Title", meta.sourceApplicationEntityTitle(), MAX_AE_LENGTH));
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream(PREAMBLE_LENGTH + PREFIX.length + 12 + group.size());
        file.write(new byte[PREAMBLE_LENGTH], 0, PREAMBLE_LENGTH);
        file.write(PREFIX, 0, PREFIX.length);
        int groupLength = group.size();
        element(file, Tag.FileMetaInformationGroupLength, VR.UL, new byte[] {
            (byte) groupLength, (byte) (groupLength >>> 8), (byte) (groupLength >>> 16), (byte) (groupLength >>> 24)});
        file.writeBytes(group.toByteArray());
        return file.toByteArray();
    }

    /** One Explicit VR Little Endian element (PS3.5 §7.1.2), the value padded to even length with the VR's byte. */
    private static void element(ByteArrayOutputStream out, int tag, VR vr, byte[] value) {
        int length = value.length + (value.length & 1);
        le16(out, Tag.group(tag));
        le16(out, Tag.element(tag));
        out.write(vr.code() >>> 8);
        out.write(vr.code() & 0xFF);
        if (vr.hasLongExplicitLength()) {
            le16(out, 0);
            le16(out, length);
            le16(out, length >>> 16);
        } else {
            le16(out, length);
        }
        out.write(value, 0, value.length);
        if (length != value.length) {
            out.write(vr.paddingByte());
        }
    }

    private static void le16(ByteArrayOutputStream out, int value) {
        out.write(value & 0xFF);
        out.write((value >>> 8) & 0xFF);
    }

    private static byte[] uid(String what, String value) {
        if (value == null || value.isEmpty() || value.length() > Uids.MAX_LENGTH) {
            throw new IllegalArgumentException(what + " must have 1 to " + Uids.MAX_LENGTH + " characters: "
                    + value);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < '0' || c > '9') && c != '.') {
                throw new IllegalArgumentException(what + " holds a character other than digits and '.': " + value);
            }
        }
        return value.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] text(String what, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(what + " is longer than " + maxLength + " characters: " + value);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '\\') {
                throw new IllegalArgumentException(what + " holds a character outside the default repertoire: "
                        + value);
            }
        }
        return value.getBytes(StandardCharsets.US_ASCII);
    }
}
