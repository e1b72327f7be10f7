package io.github.cameldicom.storage;

import io.github.cameldicom.DicomInstance;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.io.File;
import java.io.IOException;

/**
 * Lets the {@code file:} producer that follows rename a spooled instance into place instead of copying it. For an
 * instance in a spool file, the body becomes that {@link java.io.File} and {@link Exchange#FILE_LOCAL_WORK_PATH}
 * names it, which makes the file producer move the file (a rename when the spool directory is on the output's file
 * system, else its copy-and-delete fallback) rather than read and write every byte again. Instances held in memory
 * are left as they are: writing their bytes once is already the cheapest way.
 *
 * <p>Use it directly before the one {@code file:} endpoint that stores the instance: after that endpoint the spool
 * file is gone, so a route that stores the same instance twice (a folder and a backup folder) must not use it.
 * Nothing is lost if the file producer fails before the rename: the spool file is deleted with the exchange, as
 * always.
 */
public class SpoolFileHandover implements Processor {

    @Override
    public void process(Exchange exchange) throws IOException {
        if (exchange.getMessage().getBody() instanceof DicomInstance instance && !instance.isInMemory()) {
            File file = instance.toPath().toFile();
            exchange.getMessage().setBody(file);
            exchange.getMessage().setHeader(Exchange.FILE_LOCAL_WORK_PATH, file.getPath());
        }
    }
}
