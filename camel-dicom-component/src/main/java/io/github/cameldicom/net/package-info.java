/**
 * DICOM Upper Layer: association acceptor, state machine (PS3.8 §9.2) and negotiation. Written from DICOM PS3.8
 * (2025b edition). Never imports Camel.
 */
package io.github.cameldicom.net;
