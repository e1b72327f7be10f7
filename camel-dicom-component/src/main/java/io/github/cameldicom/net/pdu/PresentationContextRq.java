package io.github.cameldicom.net.pdu;

import java.util.List;

/**
 * Presentation Context Item in an A-ASSOCIATE-RQ (item type 20H): one abstract syntax and the transfer syntaxes the
 * requestor proposes for it, in its order of preference. PS3.8 §9.3.2.2, Table 9-13.
 *
 * @param presentationContextId odd integer 1..255 identifying the context
 * @param abstractSyntax        abstract syntax (SOP Class) UID
 * @param transferSyntaxes      proposed transfer syntax UIDs, at least one
 */
public record PresentationContextRq(int presentationContextId, String abstractSyntax, List<String> transferSyntaxes) {

    public PresentationContextRq {
        transferSyntaxes = List.copyOf(transferSyntaxes);
    }
}
