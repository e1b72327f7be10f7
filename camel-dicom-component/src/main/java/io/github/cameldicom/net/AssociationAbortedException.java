package io.github.cameldicom.net;

import java.io.IOException;

/**
 * The association ended abnormally while a service was using it: the peer sent an A-ABORT, the transport closed,
 * a timeout expired or a protocol error made this side abort. Whatever the service was receiving is incomplete.
 */
public class AssociationAbortedException extends IOException {

    public AssociationAbortedException(String message) {
        super(message);
    }

    public AssociationAbortedException(String message, Throwable cause) {
        super(message, cause);
    }
}
