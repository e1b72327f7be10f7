/**
 * Upper Layer protocol data units and their items: one immutable record per PDU, item and sub-item, with its byte
 * layout from DICOM PS3.8 §9.3 and PS3.7 Annex D.3.3 (2025b edition). Pure codec: no sockets and no state.
 */
package io.github.cameldicom.net.pdu;
