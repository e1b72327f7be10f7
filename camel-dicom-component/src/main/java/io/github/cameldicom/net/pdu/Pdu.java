package io.github.cameldicom.net.pdu;

/**
 * One DICOM Upper Layer protocol data unit. PS3.8 §9.3.1: every PDU starts with a 6-byte header (PDU-type, a
 * reserved byte and a 4-byte big-endian PDU-length) followed by its fields; {@link PduCodec} reads and writes that
 * header, the records hold only the fields.
 */
public sealed interface Pdu permits AAssociateRq, AAssociateAc, AAssociateRj, PDataTf, AReleaseRq, AReleaseRp, AAbort {

    /** The PDU-type byte, one of the {@link PduType} constants. */
    int pduType();
}
