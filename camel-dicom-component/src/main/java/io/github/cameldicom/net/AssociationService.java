package io.github.cameldicom.net;

import java.io.IOException;

/**
 * The service user of established associations (the DIMSE layer). Called on the association's own thread once the
 * A-ASSOCIATE-AC is sent; it reads messages with {@link Association#readCommand()} until that returns null
 * (released). Throwing aborts the association.
 */
@FunctionalInterface
public interface AssociationService {

    void serve(Association association) throws IOException;
}
