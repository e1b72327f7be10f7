package io.github.cameldicom.receiver.routes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;

import io.github.cameldicom.DicomConstants;
import io.github.cameldicom.storage.DicomFileNameException;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes back a stored file when a later step of the route fails, so that the sender's 0xA700 and the folder agree:
 * an instance refused is not left behind under its final name. Put it after the storage processor and before the
 * {@code file:} endpoint: it notes whether {@code <directory>/<CamelFileName>} exists already, and when the exchange
 * ends in failure it deletes the file, unless the file was there before (an earlier, successful store of the same
 * instance, which stays).
 *
 * <p>"Failure" is what the {@code dicom:} consumer answers with a failure status: an exception, an exception handled
 * by an error handler or {@code doCatch}, a rollback, or a {@code CamelDicomStatus} that is neither success nor a
 * warning.
 */
public class DicomStoredFileRollback implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(DicomStoredFileRollback.class);

    private Path directory;

    @Override
    public void process(Exchange exchange) throws IOException {
        Objects.requireNonNull(directory, "directory");
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class);
        if (name == null) {
            throw new DicomFileNameException("no " + Exchange.FILE_NAME + ": put the storage processor first");
        }
        Path file = directory.resolve(name).normalize();
        if (!file.startsWith(directory)) {
            throw new DicomFileNameException("refusing " + DicomObjectKeyProcessor.show(name)
                    + ": it leaves the output directory");
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                if (failed(done)) {
                    delete(file);
                }
            }
        });
    }

    private static void delete(Path file) {
        try {
            if (Files.deleteIfExists(file)) {
                LOG.warn("Removed {}: the instance was refused after it had been stored", file);
            }
        } catch (IOException e) {
            LOG.error("Cannot remove {} after the instance was refused: {}", file, e.toString());
        }
    }

    /** Whether the dicom: consumer answers this exchange with a failure status (see DicomStatusMapping). */
    static boolean failed(Exchange exchange) {
        Integer status = exchange.getMessage().getHeader(DicomConstants.STATUS, Integer.class);
        if (status != null) {
            return !(status == 0x0000 || status == 0x0001 || status == 0x0107 || status == 0x0116
                     || status >= 0xB000 && status <= 0xBFFF);
        }
        return exchange.getException() != null
               || exchange.getProperty(ExchangePropertyKey.EXCEPTION_CAUGHT) != null
               || exchange.isRollbackOnly() || exchange.isRollbackOnlyLast();
    }

    public String getDirectory() {
        return directory == null ? null : directory.toString();
    }

    /** The output directory: the {@code file:} endpoint's. */
    public void setDirectory(String directory) {
        this.directory = Path.of(directory).toAbsolutePath().normalize();
    }
}
