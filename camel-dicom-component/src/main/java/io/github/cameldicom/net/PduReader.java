package io.github.cameldicom.net;

import io.github.cameldicom.net.pdu.AAbort;
import io.github.cameldicom.net.pdu.Pdu;
import io.github.cameldicom.net.pdu.PduCodec;
import io.github.cameldicom.net.pdu.PduException;
import io.github.cameldicom.net.pdu.PduType;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the PDUs of one association from its transport stream. A P-DATA-TF is not materialised: its PDVs are
 * returned one header at a time and their values are read straight into the caller's buffer (PS3.8 §9.3.5), so a
 * data set passes through without being copied on the heap. Every other PDU is decoded whole.
 */
final class PduReader {

    /** Item length, presentation context id, message control header. PS3.8 §9.3.5.1, Annex E.2. */
    static final int PDV_HEADER_LENGTH = 6;
    /**
     * A-ASSOCIATE-RQ PDUs are not bound by the maximum length; this is far above what 128 contexts with every
     * transfer syntax take, and keeps a hostile length from allocating gigabytes.
     */
    static final int MAX_ASSOCIATE_PDU_LENGTH = 1 << 20;
    /** The step in which a PDU body other than P-DATA grows: A-ASSOCIATE PDUs of everyday size fit in one. */
    private static final int BODY_CHUNK = 16 * 1024;

    /** One PDV header of a P-DATA-TF: the caller reads {@code valueLength} bytes with {@link #readValue}. */
    record PdvHeader(int presentationContextId, boolean command, boolean last, int valueLength) {
    }

    private final InputStream in;
    private final int maxPduLength;
    private final byte[] header = new byte[PduCodec.HEADER_LENGTH];
    private long pduRemaining;
    private long pdvRemaining;

    PduReader(InputStream in, int maxPduLength) {
        this.in = in;
        this.maxPduLength = maxPduLength;
    }

    /**
     * Reads the next PDV header of the current P-DATA-TF or, when it is used up, the next PDU: a {@link PdvHeader} for
     * P-DATA, a decoded {@link Pdu} for anything else, or {@code null} when the peer closed the connection between
     * two PDUs.
     */
    Object next() throws IOException, PduException {
        if (pdvRemaining > 0) {
            throw new IllegalStateException("previous PDV value not consumed: " + pdvRemaining + " bytes left");
        }
        if (pduRemaining > 0) {
            return readPdvHeader();
        }
        int first = in.read();
        if (first < 0) {
            return null;
        }
        header[0] = (byte) first;
        readFully(header, 1, PduCodec.HEADER_LENGTH - 1);
        int type = header[0] & 0xFF;
        long length = ((header[2] & 0xFFL) << 24) | ((header[3] & 0xFF) << 16) | ((header[4] & 0xFF) << 8)
                      | (header[5] & 0xFF);
        if (type == PduType.P_DATA_TF) {
            if (length > maxPduLength) {
                throw new PduException(AAbort.Source.SERVICE_PROVIDER, AAbort.Reason.INVALID_PDU_PARAMETER_VALUE,
                        "P-DATA-TF of " + length + " bytes exceeds the negotiated maximum of " + maxPduLength);
            }
            if (length < PDV_HEADER_LENGTH) {
                throw new PduException(AAbort.Source.SERVICE_PROVIDER, AAbort.Reason.INVALID_PDU_PARAMETER_VALUE,
                        "P-DATA-TF of " + length + " bytes cannot hold a PDV");
            }
            pduRemaining = length;
            return readPdvHeader();
        }
        if (type < 0x01 || type > 0x07) {
            throw new PduException(AAbort.Source.SERVICE_PROVIDER, AAbort.Reason.UNRECOGNIZED_PDU,
                    "unrecognised PDU type " + Integer.toHexString(type) + "H");
        }
        if (length > MAX_ASSOCIATE_PDU_LENGTH) {
            throw new PduException(AAbort.Source.SERVICE_PROVIDER, AAbort.Reason.INVALID_PDU_PARAMETER_VALUE,
                    "PDU type " + Integer.toHexString(type) + "H of " + length + " bytes is too long");
        }
        byte[] body = readBody((int) length);
        return PduCodec.decode(type, body, 0, body.length);
    }

    /**
     * Reads a PDU body of {@code length} bytes into a buffer that grows only as the bytes arrive, so a peer that
     * announces a megabyte and sends a hundred bytes costs a hundred bytes, not a megabyte per connection.
     */
    private byte[] readBody(int length) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(Math.min(length, BODY_CHUNK));
        byte[] chunk = new byte[Math.min(length, BODY_CHUNK)];
        int remaining = length;
        while (remaining > 0) {
            int n = in.read(chunk, 0, Math.min(remaining, chunk.length));
            if (n < 0) {
                throw new EOFException("transport closed inside a PDU");
            }
            body.write(chunk, 0, n);
            remaining -= n;
        }
        return body.toByteArray();
    }

    /** Reads up to {@code len} bytes of the current PDV's value; never past its end. */
    int readValue(byte[] b, int off, int len) throws IOException {
        if (pdvRemaining == 0) {
            return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, pdvRemaining));
        if (n < 0) {
            throw new EOFException("transport closed inside a PDV");
        }
        pdvRemaining -= n;
        pduRemaining -= n;
        return n;
    }

    /** Bytes of the current PDV's value not yet read. */
    long pdvRemaining() {
        return pdvRemaining;
    }

    /** Whether the reader stands between two PDUs, so that the next byte starts a PDU. */
    boolean atPduBoundary() {
        return pduRemaining == 0;
    }

    private PdvHeader readPdvHeader() throws IOException, PduException {
        if (pduRemaining < PDV_HEADER_LENGTH) {
            throw new PduException(AAbort.Source.SERVICE_PROVIDER, AAbort.Reason.INVALID_PDU_PARAMETER_VALUE,
                    "P-DATA-TF ends with " + pduRemaining + " bytes, too few for a PDV");
        }
        readFully(header, 0, PDV_HEADER_LENGTH);
        long itemLength = ((header[0] & 0xFFL) << 24) | ((header[1] & 0xFF) << 16) | ((header[2] & 0xFF) << 8)
                          | (header[3] & 0xFF);
        pduRemaining -= PDV_HEADER_LENGTH;
        // The item length counts the context id and control header bytes; the value is what follows them.
        if (itemLength < 2 || itemLength - 2 > pduRemaining) {
            throw new PduException(AAbort.Source.SERVICE_PROVIDER, AAbort.Reason.INVALID_PDU_PARAMETER_VALUE,
                    "PDV item length " + itemLength + " does not fit its P-DATA-TF");
        }
        int pcId = header[4] & 0xFF;
        int control = header[5] & 0xFF;
        if ((control & 0xFC) != 0) {
            throw new PduException(AAbort.Source.SERVICE_PROVIDER, AAbort.Reason.INVALID_PDU_PARAMETER_VALUE,
                    "PDV message control header " + Integer.toHexString(control) + "H has reserved bits set");
        }
        pdvRemaining = itemLength - 2;
        return new PdvHeader(pcId, (control & 0x01) != 0, (control & 0x02) != 0, (int) pdvRemaining);
    }

    private void readFully(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = in.read(b, off, len);
            if (n < 0) {
                throw new EOFException("transport closed inside a PDU");
            }
            off += n;
            len -= n;
        }
    }
}
