package io.github.cameldicom.net.pdu;

/**
 * Receives the Presentation Data Value items of one P-DATA-TF in order, without copying their fragments
 * (PS3.8 §9.3.5.1). See {@link PduCodec#readPDataTf(byte[], int, int, PdvHandler)}.
 *
 * @param <E> what the handler may throw, e.g. {@link java.io.IOException} when it spools fragments to disk
 */
@FunctionalInterface
public interface PdvHandler<E extends Exception> {

    /**
     * One PDV. The fragment is {@code buffer[offset .. offset + length)}; it is only valid during the call.
     *
     * @param presentationContextId odd, 1-255
     * @param command               Message Control Header bit 0 (PS3.8 Annex E.2)
     * @param last                  Message Control Header bit 1
     */
    void pdv(int presentationContextId, boolean command, boolean last, byte[] buffer, int offset, int length)
            throws E;
}
