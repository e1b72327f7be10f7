/**
 * Upper Layer protocol data units and their items: one immutable record per PDU, item and sub-item, with its byte
 * layout from DICOM PS3.8 §9.3 and PS3.7 Annex D.3.3 (2025b edition). Pure codec: no sockets and no state.
 *
 * <p>{@link io.github.cameldicom.net.pdu.PduCodec} is the entry point: it decodes a PDU body into a
 * {@link io.github.cameldicom.net.pdu.Pdu} or throws a {@link io.github.cameldicom.net.pdu.PduException} carrying the
 * A-ABORT reason to answer with (PS3.8 Table 9-26), and encodes records back to bytes. Decoding skips reserved fields
 * and fields the standard says are not tested, and rejects every other value the standard does not define; unknown
 * user information sub-items are kept, as PS3.8 Annex D.2 requires.
 */
package io.github.cameldicom.net.pdu;
