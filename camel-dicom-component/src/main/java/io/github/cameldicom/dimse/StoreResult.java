package io.github.cameldicom.dimse;

/**
 * What a storage handler answers for one instance: the C-STORE-RSP status and, for failures, an Error Comment
 * (0000,0902) of at most 64 characters. PS3.7 §9.1.1.1.9, PS3.4 Annex B.2.3.
 */
public record StoreResult(int status, String errorComment) {

    public static final StoreResult SUCCESS = new StoreResult(Status.SUCCESS, null);

    public StoreResult {
        if (status < 0 || status > 0xFFFF) {
            throw new IllegalArgumentException("status is a 16-bit value: " + status);
        }
        if (errorComment != null && errorComment.length() > 64) {
            errorComment = errorComment.substring(0, 64);
        }
    }

    public static StoreResult failure(int status, String errorComment) {
        return new StoreResult(status, errorComment);
    }
}
