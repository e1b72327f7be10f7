package io.github.cameldicom.receiver.routes;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import io.github.cameldicom.data.FileMetaInformation;
import io.github.cameldicom.data.Part10Writer;

/**
 * Valid Part 10 instances of any size in Explicit VR Little Endian, written without holding the pixel data in
 * memory: a multi-frame 16-bit secondary capture of 256 x 256 frames filled with pseudo-random values.
 */
final class SyntheticInstances {

    static final String MULTIFRAME_GRAYSCALE_WORD_SC = "1.2.840.10008.5.1.4.1.1.7.3";
    static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";

    private SyntheticInstances() {
    }

    /** An instance with at least {@code pixelBytes} bytes of pixel data. */
    static Path multiFrame(Path file, String study, String series, String sopInstance, long pixelBytes, long seed)
            throws IOException {
        int rows = 256;
        int columns = 256;
        long frameBytes = (long) rows * columns * 2;
        long frames = Math.max(1, (pixelBytes + frameBytes - 1) / frameBytes);
        long length = frames * frameBytes;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            Part10Writer.writeHeader(out, FileMetaInformation.of(MULTIFRAME_GRAYSCALE_WORD_SC, sopInstance,
                    EXPLICIT_LE, "SYNTH"));
            text(out, 0x0008, 0x0016, "UI", MULTIFRAME_GRAYSCALE_WORD_SC, (byte) 0);
            text(out, 0x0008, 0x0018, "UI", sopInstance, (byte) 0);
            text(out, 0x0008, 0x0020, "DA", "20260101", (byte) ' ');
            text(out, 0x0008, 0x0021, "DA", "20260101", (byte) ' ');
            text(out, 0x0008, 0x0060, "CS", "OT", (byte) ' ');
            text(out, 0x0008, 0x0064, "CS", "WSD", (byte) ' ');
            text(out, 0x0010, 0x0010, "PN", "SYNTHETIC^LARGE", (byte) ' ');
            text(out, 0x0010, 0x0020, "LO", "SYNTH-" + seed, (byte) ' ');
            text(out, 0x0020, 0x000D, "UI", study, (byte) 0);
            text(out, 0x0020, 0x000E, "UI", series, (byte) 0);
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

    /** A small instance (one 64 x 64 frame) with the given UIDs. */
    static Path small(Path file, String study, String series, String sopInstance) throws IOException {
        return multiFrame(file, study, series, sopInstance, 1, sopInstance.hashCode());
    }

    private static void text(OutputStream out, int group, int element, String vr, String value, byte pad)
            throws IOException {
        byte[] v = value.getBytes(StandardCharsets.US_ASCII);
        header(out, group, element, vr, v.length + (v.length & 1));
        out.write(v);
        if ((v.length & 1) != 0) {
            out.write(pad);
        }
    }

    private static void unsignedShort(OutputStream out, int group, int element, int value) throws IOException {
        header(out, group, element, "US", 2);
        out.write(value & 0xFF);
        out.write(value >>> 8);
    }

    /** Explicit VR Little Endian element header (PS3.5 §7.1.2). */
    private static void header(OutputStream out, int group, int element, String vr, long length) throws IOException {
        out.write(group & 0xFF);
        out.write(group >>> 8);
        out.write(element & 0xFF);
        out.write(element >>> 8);
        out.write(vr.charAt(0));
        out.write(vr.charAt(1));
        if (vr.equals("OW") || vr.equals("OB") || vr.equals("SQ") || vr.equals("UN") || vr.equals("UT")) {
            out.write(0);
            out.write(0);
            for (int i = 0; i < 4; i++) {
                out.write((int) (length >>> (8 * i)) & 0xFF);
            }
        } else {
            out.write((int) length & 0xFF);
            out.write((int) (length >>> 8) & 0xFF);
        }
    }
}
