package io.github.cameldicom.receiver.it.fault;

import io.github.cameldicom.data.FileMetaInformation;
import io.github.cameldicom.data.Part10Writer;
import io.github.cameldicom.testing.ExplicitLeDataSet;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic Secondary Capture instances of any size in Explicit VR Little Endian (PS3.5 §7.1.2), written in the
 * canonical encoding DCMTK's storescu sends unchanged (defined lengths, ascending tags, no group lengths), so that the
 * data set a receiver stores can be compared byte for byte with the one sent. And the SHA-256 of a Part 10 file's data
 * set: the bytes after the preamble, {@code DICM} and the File Meta Information (PS3.10 §7.1).
 */
final class Instances {

    /** Secondary Capture Image Storage, PS3.4 Annex B.5; dcmrecv names its files {@code SC.<uid>}. */
    static final String SECONDARY_CAPTURE = "1.2.840.10008.5.1.4.1.1.7";
    static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";
    /** A UID root for the tests' instances: 2.25 (PS3.5 §B.2) and a fixed number. */
    static final String UID_ROOT = "2.25.7007";

    private static final int CHUNK = 1 << 16;
    /** VRs with a 2-byte reserved field and a 4-byte length in explicit VR (PS3.5 §7.1.2, Table 7.1-1). */
    private static final Set<String> LONG_VRS = Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN",
            "UR", "UT", "UV");

    /**
     * One instance that a test sent or meant to send.
     *
     * @param sopInstanceUid its SOP Instance UID
     * @param file           its Part 10 file, or null when it exists only as data set bytes
     * @param dataSetLength  bytes of its data set
     * @param dataSetDigest  SHA-256 of its data set, hex
     */
    record Instance(String sopInstanceUid, Path file, long dataSetLength, String dataSetDigest) {
    }

    /** A data set in memory, for the Java SCU, and what a stored copy of it must look like. */
    record DataSet(Instance instance, byte[] bytes) {
    }

    /** A data set digest and length, as read from a Part 10 file. */
    record Digest(long length, String sha256) {
    }

    private Instances() {
    }

    /** {@code UID_ROOT.parts...}: a test instance's SOP Instance UID. */
    static String uid(long... parts) {
        StringBuilder uid = new StringBuilder(UID_ROOT);
        for (long part : parts) {
            uid.append('.').append(part);
        }
        return uid.toString();
    }

    /**
     * Writes a Part 10 file holding a data set of about {@code pixelBytes} bytes of pixel data (rounded up to whole
     * rows of 256, or above 16 MiB 1024, 16-bit pixels; at most 128 MiB) filled with pseudo-random values from
     * {@code seed}.
     */
    static Instance writeFile(Path file, String sopInstanceUid, long pixelBytes, long seed) {
        try {
            Files.createDirectories(file.getParent());
            MessageDigest sha = sha256();
            long length;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), CHUNK)) {
                Part10Writer.writeHeader(out, FileMetaInformation.of(SECONDARY_CAPTURE, sopInstanceUid, EXPLICIT_LE,
                        "FAULTS"));
                CountingOutputStream counter = new CountingOutputStream(new DigestOutputStream(out, sha));
                writeDataSet(counter, sopInstanceUid, pixelBytes, seed);
                counter.flush();
                length = counter.count;
            }
            return new Instance(sopInstanceUid, file, length, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The same data set as {@link #writeFile}, in memory (for small ones). */
    static DataSet dataSet(String sopInstanceUid, int pixelBytes, long seed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(pixelBytes + 1024);
        try {
            writeDataSet(bytes, sopInstanceUid, pixelBytes, seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] b = bytes.toByteArray();
        return new DataSet(describe(sopInstanceUid, b), b);
    }

    /** An instance with exactly these data set bytes. */
    static Instance describe(String sopInstanceUid, byte[] dataSet) {
        return new Instance(sopInstanceUid, null, dataSet.length, HexFormat.of().formatHex(sha256().digest(dataSet)));
    }

    private static void writeDataSet(OutputStream out, String sopInstanceUid, long pixelBytes, long seed)
            throws IOException {
        int columns = pixelBytes > (16 << 20) ? 1024 : 256;
        long rows = Math.max(1, (pixelBytes + 2L * columns - 1) / (2L * columns));
        if (rows > 0xFFFF) {
            throw new IllegalArgumentException("too many pixel bytes for one frame: " + pixelBytes);
        }
        long length = rows * columns * 2;
        out.write(new ExplicitLeDataSet()
                .uid(0x00080016, SECONDARY_CAPTURE)
                .uid(0x00080018, sopInstanceUid)
                .text(0x00080020, "DA", "20260101")
                .text(0x00080060, "CS", "OT")
                .text(0x00080064, "CS", even("WSD"))
                .text(0x00100010, "PN", "FAULT^TEST")
                .text(0x00100020, "LO", even("F" + (seed & 0xFFFFFF)))
                .uid(0x0020000D, UID_ROOT + ".1")
                .uid(0x0020000E, UID_ROOT + ".2")
                .element(0x00280002, "US", us(1))
                .text(0x00280004, "CS", even("MONOCHROME2"))
                .element(0x00280010, "US", us((int) rows))
                .element(0x00280011, "US", us(columns))
                .element(0x00280100, "US", us(16))
                .element(0x00280101, "US", us(16))
                .element(0x00280102, "US", us(15))
                .element(0x00280103, "US", us(0))
                .header(0x7FE00010, "OW", length)
                .bytes());
        Random random = new Random(seed);
        byte[] chunk = new byte[CHUNK];
        for (long written = 0; written < length; written += chunk.length) {
            random.nextBytes(chunk);
            out.write(chunk, 0, (int) Math.min(chunk.length, length - written));
        }
    }

    /** A text value padded with a space to even length, PS3.5 §6.2. */
    private static String even(String value) {
        return (value.length() & 1) != 0 ? value + " " : value;
    }

    private static byte[] us(int value) {
        return new byte[] {(byte) value, (byte) (value >>> 8)};
    }

    /**
     * The length and SHA-256 of a Part 10 file's data set, streaming. A file that does not start with a preamble and
     * {@code DICM}, or ends inside its File Meta Information, is not a complete Part 10 file: an AssertionError.
     */
    static Digest dataSetDigest(Path file) {
        MessageDigest sha = sha256();
        long length = 0;
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw, CHUNK))) {
            byte[] prefix = new byte[132];
            in.readFully(prefix);
            if (prefix[128] != 'D' || prefix[129] != 'I' || prefix[130] != 'C' || prefix[131] != 'M') {
                throw new AssertionError(file + " has no DICM prefix");
            }
            // group 0002 is always Explicit VR Little Endian
            while (true) {
                byte[] header = in.readNBytes(8);
                ByteBuffer h = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
                if (header.length < 8 || h.getShort(0) != 0x0002) {
                    sha.update(header);
                    length += header.length;
                    break;
                }
                String vr = new String(header, 4, 2, StandardCharsets.US_ASCII);
                long valueLength;
                if (LONG_VRS.contains(vr)) {
                    valueLength = Integer.toUnsignedLong(Integer.reverseBytes(in.readInt()));
                } else {
                    valueLength = Short.toUnsignedInt(h.getShort(6));
                }
                in.skipNBytes(valueLength);
            }
            byte[] buffer = new byte[CHUNK];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
                length += n;
            }
        } catch (EOFException e) {
            throw new AssertionError(file + " ends inside its File Meta Information", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new Digest(length, HexFormat.of().formatHex(sha.digest()));
    }

    /** Whether a stored file holds exactly the data set of {@code sent}. */
    static boolean sameDataSet(Digest stored, Instance sent) {
        return stored.length() == sent.dataSetLength() && stored.sha256().equals(sent.dataSetDigest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
