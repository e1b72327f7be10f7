/**
 * DCMTK association negotiation profiles: the configuration file format of DCMTK 3.6.7's {@code asconfig.txt} that
 * {@code dcmrecv -xf FILE PROFILE} and {@code storescp -xf} read (for example {@code /etc/dcmtk/storescp.cfg}), turned
 * into an acceptance policy with DCMTK's acceptor semantics. Presentation context negotiation follows DICOM PS3.8
 * §9.3.3.2 and role selection PS3.7 Annex D.3.3.4 (2025b edition). Never imports Camel.
 */
package io.github.cameldicom.profile;
