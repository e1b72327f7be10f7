package io.github.cameldicom.testing;

import io.github.cameldicom.data.FileMetaInformation;
import io.github.cameldicom.data.Part10Writer;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes synthetic but valid Part 10 instances in Explicit VR Little Endian, of any size, without holding the pixel
 * data in memory: the input for large-instance and performance tests.
 */
public final class SyntheticInstances {

    public static final String MULTIFRAME_GRAYSCALE_WORD_SC = "1.2.840.10008.5.1.4.1.1.7.3";
    public static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";

    private SyntheticInstances() {
    }

    /**
     * A multi-frame grayscale 16-bit secondary capture of 512 x 512 frames, with as many frames as make at least
     * {@code pixelBytes} bytes of pixel data, filled with deterministic pseudo-random values.
     */
    public static Path multiFrame(Path file, String sopInstanceUid, long pixelBytes, long seed) throws IOException {
        return multiFrame(file, sopInstanceUid + ".1", sopInstanceUid + ".2", sopInstanceUid, 512, 512, pixelBytes,
                seed);
    }

    /**
     * The same instance with the given study and series UIDs and frames of {@code rows} x {@code columns}: tests that
     * group instances by study or series choose the UIDs, and smaller frames keep a small instance small.
     */
    public static Path multiFrame(Path file, String studyUid, String seriesUid, String sopInstanceUid, int rows,
            int columns, long pixelBytes, long seed) throws IOException {
        long frameBytes = (long) rows * columns * 2;
        long frames = Math.max(1, (pixelBytes + frameBytes - 1) / frameBytes);
        long length = frames * frameBytes;
        if (length > 0xFFFFFFFEL) {
            throw new IllegalArgumentException("pixel data too long for one element: " + length);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            Part10Writer.writeHeader(out, FileMetaInformation.of(MULTIFRAME_GRAYSCALE_WORD_SC, sopInstanceUid,
                    EXPLICIT_LE, "SYNTH"));
            text(out, 0x0008, 0x0016, "UI", MULTIFRAME_GRAYSCALE_WORD_SC, (byte) 0);
            text(out, 0x0008, 0x0018, "UI", sopInstanceUid, (byte) 0);
            text(out, 0x0008, 0x0020, "DA", "20260101", (byte) ' ');
            text(out, 0x0008, 0x0021, "DA", "20260101", (byte) ' ');
            text(out, 0x0008, 0x0060, "CS", "OT", (byte) ' ');
            text(out, 0x0008, 0x0064, "CS", "WSD", (byte) ' ');
            text(out, 0x0010, 0x0010, "PN", "SYNTHETIC^LARGE", (byte) ' ');
            text(out, 0x0010, 0x0020, "LO", "SYNTH-" + seed, (byte) ' ');
            text(out, 0x0020, 0x000D, "UI", studyUid, (byte) 0);
            text(out, 0x0020, 0x000E, "UI", seriesUid, (byte) 0);
            unsignedShort(out, 0x0028, 0x0002, 1);
            text(out, 0x0028, 0x0004, "CS", "MONOCHROME2", (byte) ' ');
            text(out, 0x0028, 0x0008, "IS", Long.toString(frames), (byte) ' ');
            unsignedShort(out, 0x0028, 0x0010, rows);
            unsignedShort(out, 0x0028, 0x0011, columns);
            unsignedShort(out, 0x0028, 0x0100, 16);
            unsignedShort(out, 0x0028, 0x0101, 16);
            unsignedShort(out, 0x0028, 0x0102, 15);
            unsignedShort(out, 0x0028, 0x0103, 0);
            header(out, 0x7FE0, 0x0010, "OW", length);
            Random random = new Random(seed);
            byte[] chunk = new byte[1 << 16];
            for (long written = 0; written < length; written += chunk.length) {
                random.nextBytes(chunk);
                out.write(chunk, 0, (int) Math.min(chunk.length, length - written));
            }
        }
        return file;
    }

    private static void text(OutputStream out, int group, int element, String vr, String value, byte pad)
            throws IOException {
        byte[] v = value.getBytes(StandardCharsets.US_ASCII);
        int len = v.length + (v.length & 1);
        header(out, group, element, vr, len);
        out.write(v);
        if ((v.length & 1) != 0) {
            out.write(pad);
        }
    }

    private static void unsignedShort(OutputStream out, int group, int element, int us) throws IOException {
        header(out, group, element, "US", 2);
        out.write(us & 0xFF);
        out.write((us >> 8) & 0xFF);
    }

    private static void header(OutputStream out, int group, int element, String vr, long length) throws IOException {
        out.write(group & 0xFF);
        out.write(group >> 8);
        out.write(element & 0xFF);
        out.write(element >> 8);
        out.write(vr.charAt(0));
        out.write(vr.charAt(1));
        if (vr.equals("OW") || vr.equals("OB") || vr.equals("SQ") || vr.equals("UN") || vr.equals("UT")) {
            out.write(0);
            out.write(0);
            out.write((int) (length & 0xFF));
            out.write((int) ((length >> 8) & 0xFF));
            out.write((int) ((length >> 16) & 0xFF));
            out.write((int) ((length >> 24) & 0xFF));
        } else {
            out.write((int) (length & 0xFF));
            out.write((int) ((length >> 8) & 0xFF));
        }
    }
}
