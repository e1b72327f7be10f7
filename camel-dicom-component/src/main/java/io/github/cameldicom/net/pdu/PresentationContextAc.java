package io.github.cameldicom.net.pdu;

/**
 * Presentation Context Item in an A-ASSOCIATE-AC (item type 21H): the acceptor's answer to one proposed context.
 * PS3.8 §9.3.3.2, Table 9-18.
 *
 * @param presentationContextId the id of the proposed context this answers
 * @param result                acceptance or the reason for rejection
 * @param transferSyntax        the accepted transfer syntax UID; PS3.8 says it is not significant when the result
 *                              is not acceptance, but a sub-item is still sent (we send the first proposed one)
 */
public record PresentationContextAc(int presentationContextId, Result result, String transferSyntax) {

    /** Result/Reason field of the item, PS3.8 Table 9-18. */
    public enum Result {
        ACCEPTANCE(0),
        USER_REJECTION(1),
        NO_REASON(2),
        ABSTRACT_SYNTAX_NOT_SUPPORTED(3),
        TRANSFER_SYNTAXES_NOT_SUPPORTED(4);

        private final int code;

        Result(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }

        /** The result for a wire value, or {@code null} when the value is not defined by the standard. */
        public static Result of(int code) {
            for (Result r : values()) {
                if (r.code == code) {
                    return r;
                }
            }
            return null;
        }
    }

    public boolean isAccepted() {
        return result == Result.ACCEPTANCE;
    }
}
