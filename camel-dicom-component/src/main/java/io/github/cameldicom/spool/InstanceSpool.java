package io.github.cameldicom.spool;

import io.github.cameldicom.DicomInstance;
import io.github.cameldicom.DicomStorageMode;
import io.github.cameldicom.data.DataSetScanner;
import io.github.cameldicom.data.FileMetaInformation;
import io.github.cameldicom.data.InstanceAttributes;
import io.github.cameldicom.data.Part10Writer;
import io.github.cameldicom.data.TransferSyntax;
import io.github.cameldicom.data.TransferSyntaxes;
import io.github.cameldicom.dimse.StoreRequest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Receives one instance in a single pass: the data set streams from the network into a Part 10 file (in memory up to
 * a threshold, in the spool directory beyond) while the attributes for headers and naming are parsed on the way.
 */
public final class InstanceSpool {

    /**
     * Ignore mode's buffer below the scanner: as large as the chunks transferTo reads the rest in, which then bypass
     * it instead of being copied through it; a larger one would only cost zeroing per instance.
     */
    private static final int READ_BUFFER = 8192;

    /**
     * What was received.
     *
     * @param instance       the Part 10 file; null in ignore mode
     * @param attributes     the data set's leading attributes
     * @param dataSetLength  bytes of data set received
     */
    public record Received(DicomInstance instance, InstanceAttributes attributes, long dataSetLength) {
    }

    private final Path directory;
    private final int inMemoryThreshold;

    public InstanceSpool(Path directory, int inMemoryThreshold) {
        this.directory = directory;
        this.inMemoryThreshold = inMemoryThreshold;
    }

    public Path directory() {
        return directory;
    }

    /** Bytes a new file may still take on the spool directory's file system. */
    public long usableSpace() throws IOException {
        Files.createDirectories(directory);
        return Files.getFileStore(directory).getUsableSpace();
    }

    /**
     * Reads the data set to its end. In normal mode the whole data set is parsed and a malformed one fails with
     * {@link io.github.cameldicom.data.DicomDataException}; in bit-preserving mode it fails only when its leading
     * attributes are malformed or it ends inside an element ({@link DataSetScanner#scanComplete}); in ignore mode only
     * the leading attributes are parsed. Nothing is left behind when this throws.
     */
    public Received receive(StoreRequest request, InputStream dataSet, DicomStorageMode mode) throws IOException {
        TransferSyntax ts = TransferSyntaxes.lookup(request.transferSyntaxUid()).orElseThrow(
                () -> new IllegalStateException("negotiated transfer syntax unknown: " + request.transferSyntaxUid()));
        if (mode == DicomStorageMode.ignore) {
            // scanLeading reads element headers a few bytes at a time and does not buffer
            BufferedInputStream in = new BufferedInputStream(dataSet, READ_BUFFER);
            CountingOutputStream counter = new CountingOutputStream();
            InstanceAttributes attributes = DataSetScanner.scanLeading(new TeeInputStream(in, counter), ts);
            long rest = in.transferTo(OutputStream.nullOutputStream());
            return new Received(null, attributes, counter.count + rest);
        }
        SpillingOutputStream out = new SpillingOutputStream(inMemoryThreshold, directory);
        try {
            Part10Writer.writeHeader(out, FileMetaInformation.of(request.affectedSopClassUid(),
                    request.affectedSopInstanceUid(), ts.uid(), request.association().callingAeTitle()));
            long headerLength = out.count();
            // No buffer below the tee: the scanners buffer what they read through it, and one more buffer here
            // would copy every byte of the data set once more.
            TeeInputStream tee = new TeeInputStream(dataSet, out);
            InstanceAttributes attributes;
            if (mode == DicomStorageMode.normal) {
                attributes = DataSetScanner.scan(tee, ts);
            } else {
                attributes = DataSetScanner.scanComplete(tee, ts);
            }
            // Whatever the scanner did not consume (in bit-preserving mode, all of it after an irregularity it
            // tolerates) is copied as it is.
            dataSet.transferTo(out);
            out.close();
            DicomInstance instance = out.path() == null
                    ? DicomInstance.inMemory(request.affectedSopInstanceUid(), ts.uid(), out.buffer(),
                            (int) out.count(), directory)
                    : DicomInstance.spooled(request.affectedSopInstanceUid(), ts.uid(), out.path(), out.count());
            return new Received(instance, attributes, out.count() - headerLength);
        } catch (IOException | RuntimeException e) {
            out.discard();
            throw e;
        }
    }

    private static final class CountingOutputStream extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
