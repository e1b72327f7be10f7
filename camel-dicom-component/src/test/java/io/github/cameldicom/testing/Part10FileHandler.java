package io.github.cameldicom.testing;

import io.github.cameldicom.data.DataSetScanner;
import io.github.cameldicom.data.DicomDataException;
import io.github.cameldicom.data.FileMetaInformation;
import io.github.cameldicom.data.InstanceAttributes;
import io.github.cameldicom.data.Part10Writer;
import io.github.cameldicom.data.TransferSyntaxes;
import io.github.cameldicom.dimse.CStoreHandler;
import io.github.cameldicom.dimse.Status;
import io.github.cameldicom.dimse.StoreRequest;
import io.github.cameldicom.dimse.StoreResult;
import io.github.cameldicom.spool.TeeInputStream;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The storage handler of the protocol interop tests: writes each instance as {@code <sop-instance-uid>.dcm}, a Part
 * 10 file with the transfer syntax used on the network, parsing the data set as it streams to disk. Success only
 * once the file is complete under its final name.
 */
public final class Part10FileHandler implements CStoreHandler {

    private final Path directory;

    public Part10FileHandler(Path directory) {
        this.directory = directory;
    }

    @Override
    public StoreResult store(StoreRequest request, InputStream dataSet) throws IOException {
        String uid = request.affectedSopInstanceUid();
        Path partial = directory.resolve(uid + ".part");
        InstanceAttributes attributes;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 65536)) {
            Part10Writer.writeHeader(out, FileMetaInformation.of(request.affectedSopClassUid(), uid,
                    request.transferSyntaxUid(), request.association().callingAeTitle()));
            attributes = DataSetScanner.scan(new TeeInputStream(dataSet, out),
                    TransferSyntaxes.lookup(request.transferSyntaxUid()).orElseThrow());
        } catch (DicomDataException e) {
            Files.deleteIfExists(partial);
            return StoreResult.failure(Status.CANNOT_UNDERSTAND, e.getMessage());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        if (!uid.equals(attributes.sopInstanceUid()) || !request.affectedSopClassUid().equals(
                attributes.sopClassUid())) {
            Files.deleteIfExists(partial);
            return StoreResult.failure(Status.DATA_SET_DOES_NOT_MATCH_SOP_CLASS,
                    "data set UIDs differ from the command");
        }
        Files.move(partial, directory.resolve(uid + ".dcm"), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        return StoreResult.SUCCESS;
    }
}
