package io.github.cameldicom.data;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Streaming reader of data elements (PS3.5 §7) in any Transfer Syntax of PS3.5 Annex A. It hands out element headers
 * one at a time; the caller decides for each whether to read or skip its value, so no value is ever held unless the
 * caller asks for it, and no buffer is ever sized from a length on the wire without the caller's bound.
 *
 * <p>After {@link #next()} returns a header that has a value of its own ({@link #hasPendingValue()}), the caller
 * calls exactly one of {@link #readValue(int)}, {@link #readString(int)} or {@link #skipValue()}. A sequence, an item
 * in a sequence, a delimiter and encapsulated Pixel Data have no value of their own: the caller just calls
 * {@code next()} again to descend into them. Inside encapsulated Pixel Data (PS3.5 §A.4) every Item header carries a
 * fragment, which is a value.
 *
 * <p>Encodings handled:
 * <ul>
 * <li>Explicit VR (PS3.5 §7.1.2, Table 7.1-1 and 7.1-2) with 8-byte or 12-byte headers, little or big endian
 * (PS3.5 §7.3).</li>
 * <li>Implicit VR Little Endian (PS3.5 §7.1.3): the VR comes from a small built-in dictionary of the attributes this
 * project reads, otherwise UN; an undefined length means a sequence, or encapsulated Pixel Data for (7FE0,0010). A
 * sequence of defined length whose tag the dictionary lacks reads as a UN value, so its inside is not checked.</li>
 * <li>Explicit OB or OW of undefined length: fragments in items closed by a sequence delimiter, as encapsulated Pixel
 * Data (PS3.5 §A.4).</li>
 * <li>Group 0002 at the start of the stream is always Explicit VR Little Endian (PS3.10 §7.1), whatever the syntax
 * of the data set after it, except in a deflated syntax, whose stream is inflated from its first byte (so pass the
 * data set only).</li>
 * <li>Deflated syntaxes (PS3.5 §10, Annex A.5): the stream is inflated as raw deflate (RFC 1951); the caller's stream
 * sees the compressed bytes, and {@link #position()} counts inflated ones.</li>
 * <li>UN with undefined length holds a sequence in Implicit VR Little Endian (PS3.5 §6.2.2).</li>
 * <li>Sequences and items of defined and undefined length (PS3.5 §7.5), nested up to {@value #MAX_SEQUENCE_DEPTH}
 * deep.</li>
 * </ul>
 *
 * <p>The structure is checked as it goes: a defined-length sequence or item must hold its contents exactly, a value
 * may not run past an enclosing defined length, items and delimiters must appear where PS3.5 §7.5 puts them and every
 * length must be even (PS3.5 §7.1.1). Any violation, and any end of stream inside an element, item or sequence,
 * throws {@link DicomDataException}, after which the reader is unusable.
 *
 * <p>For a syntax that is not deflated the reader never reads past the element it returned, so the caller's stream is
 * left exactly after it; the caller should pass a buffered stream. A deflated stream is read ahead by the inflater.
 * Not thread-safe.
 */
public final class DataElementReader implements Closeable {

    /** The deepest nesting of sequences (and encapsulated Pixel Data) the reader accepts. */
    public static final int MAX_SEQUENCE_DEPTH = 64;

    private static final long NO_LIMIT = Long.MAX_VALUE;
    private static final long UNDEFINED = 0xFFFFFFFFL;
    private static final int SCRATCH_SIZE = 8192;
    private static final int INFLATER_INPUT_SIZE = 8192;

    private static final byte SEQUENCE = 1;
    private static final byte ITEM = 2;
    private static final byte FRAGMENTS = 3;
    // every item sits in a sequence, so at most one item per sequence level
    private static final int MAX_CONTAINERS = 2 * MAX_SEQUENCE_DEPTH;

    private final InputStream in;
    private final Inflater inflater;
    private final TransferSyntax transferSyntax;
    private final byte[] header = new byte[12];
    private byte[] scratch;
    private long position;

    private final byte[] kinds = new byte[MAX_CONTAINERS];
    private final int[] containerTags = new int[MAX_CONTAINERS];
    private final long[] containerStarts = new long[MAX_CONTAINERS];
    private final long[] ends = new long[MAX_CONTAINERS];
    private final long[] limits = new long[MAX_CONTAINERS];
    private final boolean[] implicitLittleEndian = new boolean[MAX_CONTAINERS];
    private int top = -1;
    private int sequenceDepth;

    private ElementHeader current;
    private int currentDepth;
    private long pendingValue = -1;
    private boolean metaGroupAllowed;
    private String unusableReason;

    /**
     * A reader of {@code in}, which holds a data set (optionally preceded by File Meta Information group 0002 when
     * the syntax is not deflated) encoded in {@code transferSyntax}.
     */
    public DataElementReader(InputStream in, TransferSyntax transferSyntax) {
        Objects.requireNonNull(in, "in");
        this.transferSyntax = Objects.requireNonNull(transferSyntax, "transferSyntax");
        if (transferSyntax.deflated()) {
            this.inflater = new Inflater(true);
            this.in = new InflaterInputStream(in, inflater, INFLATER_INPUT_SIZE);
        } else {
            this.inflater = null;
            this.in = in;
        }
        this.metaGroupAllowed = !transferSyntax.deflated();
    }

    /** The Transfer Syntax the reader decodes. */
    public TransferSyntax transferSyntax() {
        return transferSyntax;
    }

    /** Bytes consumed so far from the data stream (the inflated stream for a deflated syntax). */
    public long position() {
        return position;
    }

    /**
     * The nesting level of the header last returned by {@link #next()}: 0 for a top-level attribute, 1 for items,
     * attributes and delimiters inside a top-level sequence (or fragments of top-level Pixel Data), and so on.
     */
    public int depth() {
        return currentDepth;
    }

    /** Whether the last header has a value the caller has yet to read or skip. */
    public boolean hasPendingValue() {
        return pendingValue >= 0;
    }

    /**
     * The next header, or {@code null} at a clean end of stream between top-level elements.
     *
     * @throws DicomDataException    if the stream is not a well-formed data set; a
     *                               {@link DataSetTruncatedException} if it ends inside an element, item or sequence
     * @throws IllegalStateException if the value of the previous header has not been read or skipped
     */
    public ElementHeader next() throws IOException {
        ensureUsable();
        if (pendingValue >= 0) {
            throw new IllegalStateException("the value of " + current
                    + " was not consumed: call readValue, readString or skipValue first");
        }
        closeEndedContainers();
        long start = position;
        int n = read(header, 0, 4);
        if (n == 0) {
            if (top < 0) {
                current = null;
                return null;
            }
            throw truncated("stream ends at offset " + start + " inside " + describe(top));
        }
        if (n < 4) {
            throw truncated("stream ends inside the tag of the element at offset " + start);
        }
        boolean metaElement = top < 0 && metaGroupAllowed && header[0] == 0x02 && header[1] == 0x00;
        if (top < 0 && !metaElement) {
            metaGroupAllowed = false;
        }
        boolean implicitLe = top >= 0 && implicitLittleEndian[top];
        boolean explicit = metaElement || !implicitLe && transferSyntax.explicitVr();
        boolean bigEndian = !metaElement && !implicitLe && transferSyntax.bigEndian();
        int tag = (uint16(0, bigEndian) << 16) | uint16(2, bigEndian);
        long limit = top < 0 ? NO_LIMIT : limits[top];
        if (start + 8 > limit) {
            throw crossesLimit(tag, start, limit);
        }
        currentDepth = sequenceDepth;
        if (Tag.group(tag) == 0xFFFE) {
            return readItemOrDelimiter(tag, bigEndian, start, limit);
        }
        if (top >= 0 && kinds[top] != ITEM) {
            throw fail(Tag.toString(tag) + " at offset " + start + " directly inside " + describe(top)
                    + ", where only items and a sequence delimiter may appear (PS3.5 §7.5)");
        }
        readHeaderBytes(4, 4, tag, start);
        VR vr;
        long length;
        if (explicit) {
            int code = ((header[4] & 0xFF) << 8) | (header[5] & 0xFF);
            vr = VR.of(code);
            if (vr == null) {
                // As DCMTK does: a VR code the standard does not define is read as UN with a 2-byte length, so that
                // a sender's mistake in one element does not lose the instance.
                vr = VR.UN;
                length = uint16(6, bigEndian);
            } else if (vr.hasLongExplicitLength()) {
                readHeaderBytes(8, 4, tag, start);
                length = uint32(8, bigEndian);
            } else {
                length = uint16(6, bigEndian);
            }
        } else {
            vr = ImplicitVrDictionary.vrOf(tag);
            length = uint32(4, bigEndian);
        }
        if (position > limit) {
            throw crossesLimit(tag, start, limit);
        }
        if (length == UNDEFINED) {
            return openUndefinedLength(tag, vr, explicit, implicitLe, start);
        }
        checkLength(tag, length, start, limit);
        current = new ElementHeader(tag, vr, length);
        if (vr == VR.SQ) {
            push(SEQUENCE, tag, start, position + length, implicitLe);
        } else {
            pendingValue = length;
        }
        return current;
    }

    /**
     * Reads the pending value whole.
     *
     * @throws DicomDataException if the value is longer than {@code maxLength} (the value is then still pending and
     *                            may be skipped) or the stream ends inside it
     */
    public byte[] readValue(int maxLength) throws IOException {
        int length = (int) pendingLength(maxLength);
        byte[] value = new byte[length];
        readValueBytes(value, length);
        return value;
    }

    /**
     * Reads the pending value as a string in the default character repertoire (PS3.5 §6.1.2.1; bytes above 0x7F are
     * kept as ISO 8859-1), without its padding: trailing spaces and NULs, and leading spaces for the VRs whose
     * leading spaces are not significant (PS3.5 §6.2, Table 6.2-1).
     *
     * @throws DicomDataException if the value is longer than {@code maxLength} (the value is then still pending and
     *                            may be skipped) or the stream ends inside it
     */
    public String readString(int maxLength) throws IOException {
        int length = (int) pendingLength(maxLength);
        byte[] buffer = length <= SCRATCH_SIZE ? scratch() : new byte[length];
        readValueBytes(buffer, length);
        int end = length;
        while (end > 0 && (buffer[end - 1] == ' ' || buffer[end - 1] == 0)) {
            end--;
        }
        int begin = 0;
        if (leadingSpacesInsignificant(current.vr())) {
            while (begin < end && buffer[begin] == ' ') {
                begin++;
            }
        }
        return new String(buffer, begin, end - begin, StandardCharsets.ISO_8859_1);
    }

    /**
     * Skips the pending value without holding it.
     *
     * @throws DataSetTruncatedException if the stream ends inside the value
     */
    public void skipValue() throws IOException {
        long remaining = pendingLength(Long.MAX_VALUE);
        byte[] buffer = scratch();
        while (remaining > 0) {
            int chunk = (int) Math.min(remaining, buffer.length);
            int n = read(buffer, 0, chunk);
            remaining -= n;
            if (n < chunk) {
                throw truncated("stream ends inside the value of " + current + " at offset " + position + ", "
                        + remaining + " bytes short");
            }
        }
        pendingValue = -1;
    }

    /** Releases the inflater of a deflated syntax. Does not close the caller's stream. */
    @Override
    public void close() {
        if (inflater != null) {
            inflater.end();
        }
        if (unusableReason == null) {
            unusableReason = "the reader is closed";
        }
    }

    private ElementHeader openUndefinedLength(int tag, VR vr, boolean explicit, boolean implicitLe, long start)
            throws DicomDataException {
        VR reported;
        if (tag == Tag.PixelData && vr != VR.SQ || vr == VR.OB || vr == VR.OW) {
            // encapsulated Pixel Data, PS3.5 §A.4; other OB or OW of undefined length can only be laid out alike
            push(FRAGMENTS, tag, start, -1, implicitLe);
            reported = explicit ? vr : VR.OB;
        } else if (vr == VR.SQ || !explicit) {
            push(SEQUENCE, tag, start, -1, implicitLe);
            reported = VR.SQ;
        } else if (vr == VR.UN) {
            // PS3.5 §6.2.2: UN of undefined length is a sequence in Implicit VR Little Endian
            push(SEQUENCE, tag, start, -1, true);
            reported = VR.UN;
        } else {
            throw fail("undefined length is not allowed for " + Tag.toString(tag) + " " + vr + " at offset "
                    + start);
        }
        current = new ElementHeader(tag, reported, ElementHeader.UNDEFINED_LENGTH);
        return current;
    }

    private ElementHeader readItemOrDelimiter(int tag, boolean bigEndian, long start, long limit)
            throws IOException {
        readHeaderBytes(4, 4, tag, start);
        long length = uint32(4, bigEndian);
        byte kind = top < 0 ? 0 : kinds[top];
        switch (tag) {
            case Tag.Item:
                if (kind == SEQUENCE) {
                    if (length == UNDEFINED) {
                        push(ITEM, tag, start, -1, implicitLittleEndian[top]);
                        current = new ElementHeader(tag, null, ElementHeader.UNDEFINED_LENGTH);
                    } else {
                        checkLength(tag, length, start, limit);
                        push(ITEM, tag, start, position + length, implicitLittleEndian[top]);
                        current = new ElementHeader(tag, null, length);
                    }
                    return current;
                }
                if (kind == FRAGMENTS) {
                    if (length == UNDEFINED) {
                        throw fail("Pixel Data fragment at offset " + start
                                + " has an undefined length (PS3.5 §A.4)");
                    }
                    checkLength(tag, length, start, limit);
                    current = new ElementHeader(tag, null, length);
                    pendingValue = length;
                    return current;
                }
                throw fail("item at offset " + start + " outside any sequence");
            case Tag.ItemDelimitationItem:
                if (kind != ITEM || ends[top] >= 0) {
                    throw fail("item delimitation item at offset " + start + " outside an item of undefined length"
                            + (top < 0 ? "" : " (in " + describe(top) + ")"));
                }
                return closeByDelimiter(tag, length, start);
            case Tag.SequenceDelimitationItem:
                if (kind != FRAGMENTS && (kind != SEQUENCE || ends[top] >= 0)) {
                    throw fail("sequence delimitation item at offset " + start
                            + " outside a sequence of undefined length"
                            + (top < 0 ? "" : " (in " + describe(top) + ")"));
                }
                return closeByDelimiter(tag, length, start);
            default:
                throw fail("unexpected " + Tag.toString(tag) + " at offset " + start
                        + ": group FFFE holds only items and delimiters (PS3.5 §7.5)");
        }
    }

    private ElementHeader closeByDelimiter(int tag, long length, long start) throws DicomDataException {
        if (length != 0) {
            throw fail(Tag.toString(tag) + " at offset " + start + " has length " + length
                    + "; a delimiter has length 0 (PS3.5 §7.5)");
        }
        pop();
        current = new ElementHeader(tag, null, 0);
        return current;
    }

    /**
     * Odd lengths break PS3.5 §7.1.1 but not the structure, and real senders produce them; like DCMTK, they are read
     * as they are.
     */
    private void checkLength(int tag, long length, long start, long limit) throws DicomDataException {
        if (position + length > limit) {
            throw fail("the " + length + "-byte value of " + Tag.toString(tag) + " at offset " + start
                    + " runs past the end of " + describeLimit() + ", at offset " + limit);
        }
    }

    private DicomDataException crossesLimit(int tag, long start, long limit) {
        return fail(Tag.toString(tag) + " at offset " + start + " crosses the end of " + describeLimit()
                + ", at offset " + limit);
    }

    private void closeEndedContainers() {
        // limits guarantee that the position never passes the end of a defined-length container
        while (top >= 0 && ends[top] >= 0 && position >= ends[top]) {
            pop();
        }
    }

    private void push(byte kind, int tag, long start, long end, boolean implicitLe) throws DicomDataException {
        if (kind != ITEM && sequenceDepth >= MAX_SEQUENCE_DEPTH) {
            throw fail("sequences nested deeper than " + MAX_SEQUENCE_DEPTH + " at offset " + start);
        }
        top++;
        kinds[top] = kind;
        containerTags[top] = tag;
        containerStarts[top] = start;
        ends[top] = end;
        limits[top] = end >= 0 ? end : top > 0 ? limits[top - 1] : NO_LIMIT;
        implicitLittleEndian[top] = implicitLe;
        if (kind != ITEM) {
            sequenceDepth++;
        }
    }

    private void pop() {
        if (kinds[top] != ITEM) {
            sequenceDepth--;
        }
        top--;
    }

    /** The innermost container whose defined length bounds the current position. */
    private String describeLimit() {
        for (int i = top; i >= 0; i--) {
            if (ends[i] >= 0) {
                return describe(i);
            }
        }
        return describe(-1);
    }

    private String describe(int index) {
        if (index < 0) {
            return "the data set";
        }
        String what;
        switch (kinds[index]) {
            case SEQUENCE:
                what = "the sequence " + Tag.toString(containerTags[index]);
                break;
            case ITEM:
                what = "the item";
                break;
            default:
                what = "the encapsulated Pixel Data " + Tag.toString(containerTags[index]);
                break;
        }
        return what + " starting at offset " + containerStarts[index];
    }

    private long pendingLength(long maxLength) throws DicomDataException {
        ensureUsable();
        if (pendingValue < 0) {
            throw new IllegalStateException("no value is pending after " + current
                    + ": sequences, items, delimiters and encapsulated Pixel Data have none of their own");
        }
        if (pendingValue > maxLength) {
            throw new DicomDataException("the value of " + current + " is " + pendingValue
                    + " bytes long, more than the " + maxLength + " allowed");
        }
        return pendingValue;
    }

    private void readValueBytes(byte[] buffer, int length) throws IOException {
        int n = read(buffer, 0, length);
        if (n < length) {
            throw truncated("stream ends inside the value of " + current + " after " + n + " of " + length + " bytes");
        }
        pendingValue = -1;
    }

    private void readHeaderBytes(int offset, int length, int tag, long start) throws IOException {
        if (read(header, offset, length) < length) {
            throw truncated("stream ends inside the header of " + Tag.toString(tag) + " at offset " + start);
        }
    }

    private int read(byte[] buffer, int offset, int length) throws IOException {
        int total = 0;
        try {
            while (total < length) {
                int n = in.read(buffer, offset + total, length - total);
                if (n < 0) {
                    break;
                }
                total += n;
                position += n;
            }
        } catch (ZipException e) {
            if (inflater == null) {
                throw e;
            }
            throw fail("corrupt deflate data before inflated offset " + position + ": " + e.getMessage(), e);
        } catch (EOFException e) {
            if (inflater == null) {
                throw e;
            }
            throw truncated("deflated stream ends early, at inflated offset " + position, e);
        }
        return total;
    }

    private byte[] scratch() {
        if (scratch == null) {
            scratch = new byte[SCRATCH_SIZE];
        }
        return scratch;
    }

    private int uint16(int offset, boolean bigEndian) {
        int a = header[offset] & 0xFF;
        int b = header[offset + 1] & 0xFF;
        return bigEndian ? (a << 8) | b : (b << 8) | a;
    }

    private long uint32(int offset, boolean bigEndian) {
        long high = bigEndian ? uint16(offset, true) : uint16(offset + 2, false);
        long low = bigEndian ? uint16(offset + 2, true) : uint16(offset, false);
        return (high << 16) | low;
    }

    private static boolean leadingSpacesInsignificant(VR vr) {
        if (vr == null) {
            return false;
        }
        switch (vr) {
            case AE: case AS: case CS: case DA: case DS: case DT: case IS: case LO: case PN: case SH: case TM:
            case UI:
                return true;
            default:
                return false;
        }
    }

    private void ensureUsable() {
        if (unusableReason != null) {
            throw new IllegalStateException("the reader cannot continue: " + unusableReason);
        }
    }

    private DicomDataException fail(String message) {
        return fail(message, null);
    }

    private DicomDataException fail(String message, Throwable cause) {
        unusableReason = message;
        return new DicomDataException(message, cause);
    }

    private DicomDataException truncated(String message) {
        return truncated(message, null);
    }

    private DicomDataException truncated(String message, Throwable cause) {
        unusableReason = message;
        return new DataSetTruncatedException(message, cause);
    }
}
