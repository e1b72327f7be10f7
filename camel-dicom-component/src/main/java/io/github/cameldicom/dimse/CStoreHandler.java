package io.github.cameldicom.dimse;

import java.io.IOException;
import java.io.InputStream;

/**
 * Stores the instances a C-STORE SCP receives. Called on the association's thread; the C-STORE-RSP carries the
 * returned status, so an implementation answers success only once the instance is stored.
 */
@FunctionalInterface
public interface CStoreHandler {

    /**
     * @param request the command and its association
     * @param dataSet the data set, encoded in {@link StoreRequest#transferSyntaxUid()} and streamed from the network
     *                as it is read; it ends with the last fragment. If the association breaks, reads throw and keep
     *                throwing; the handler must then not store the instance.
     * @return the status for the C-STORE-RSP
     * @throws IOException when the data set cannot be read or stored; answered with 0xA700 (out of resources) unless
     *                     the association itself broke
     */
    StoreResult store(StoreRequest request, InputStream dataSet) throws IOException;
}
