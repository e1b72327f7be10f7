package io.github.cameldicom;

import io.github.cameldicom.dimse.Status;
import io.github.cameldicom.dimse.StoreResult;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The {@code fsync} option: forces the file a route wrote, and the directory entry that names it, to stable storage
 * before the SCU is told success. A rename is durable only once its directory is flushed, so both are forced.
 */
final class Durability {

    private static final Logger LOG = LoggerFactory.getLogger(Durability.class);

    private Durability() {
    }

    /** The result to answer: unchanged once the produced file is on disk, 0xA700 if it cannot be forced. */
    static StoreResult force(Exchange exchange, StoreResult result) {
        String produced = exchange.getMessage().getHeader(Exchange.FILE_NAME_PRODUCED, String.class);
        if (produced == null) {
            // The route stored the instance somewhere else (S3, a queue): that endpoint's own acknowledgement is
            // its durability guarantee.
            return result;
        }
        Path file = Path.of(produced);
        try {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                channel.force(true);
            }
            try (FileChannel directory = FileChannel.open(file.toAbsolutePath().getParent(),
                    StandardOpenOption.READ)) {
                directory.force(true);
            }
            return result;
        } catch (IOException e) {
            LOG.warn("cannot force {} to disk: {}", file, e.toString());
            return StoreResult.failure(Status.REFUSED_OUT_OF_RESOURCES, "cannot force the stored file to disk");
        }
    }
}
