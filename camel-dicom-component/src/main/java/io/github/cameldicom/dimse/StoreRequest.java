package io.github.cameldicom.dimse;

import io.github.cameldicom.net.AssociationInfo;
import io.github.cameldicom.net.PresentationContext;

/**
 * A C-STORE-RQ as the storage handler sees it: the association it came on, the presentation context that fixes the
 * data set's transfer syntax, and the command. PS3.7 §9.1.1.1, Table 9.1-1.
 */
public record StoreRequest(AssociationInfo association, PresentationContext presentationContext,
                           CommandSet command) {

    public String affectedSopClassUid() {
        return command.affectedSopClassUid();
    }

    public String affectedSopInstanceUid() {
        return command.affectedSopInstanceUid();
    }

    public int messageId() {
        return command.messageId();
    }

    /** The transfer syntax of the data set: the one accepted for its presentation context. */
    public String transferSyntaxUid() {
        return presentationContext.transferSyntax();
    }
}
