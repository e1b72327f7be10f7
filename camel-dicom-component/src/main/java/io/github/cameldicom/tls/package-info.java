/**
 * DICOM TLS for the receiver: the server's key and certificate, the trusted CA certificates, the peer certificate
 * policy and the Secure Transport Connection Profile, taken from the files and options {@code dcmrecv +tls} takes
 * (DCMTK 3.6.7), and turned into Camel {@link org.apache.camel.support.jsse.SSLContextParameters} for the endpoint
 * option {@code sslContextParameters}.
 *
 * <p>Profiles follow DICOM PS3.15 Annex B (2022b edition): B.9 BCP 195 TLS Secure Transport Connection Profile, B.10
 * Non-Downgrading BCP 195, B.11 Extended BCP 195, and the retired B.1 Basic and B.3 AES TLS profiles; cipher suites
 * are named as in the IANA TLS registry (which DCMTK uses) or as in OpenSSL. Keys and certificates are read with
 * the JDK alone: PEM (RFC 7468, and the RFC 1421 headers of OpenSSL's traditional encrypted keys) and DER, PKCS#8
 * (RFC 5208, RFC 5958), PKCS#1 (RFC 8017 Appendix A.1.2) and SEC 1 (RFC 5915) private keys, X.509 certificates
 * (RFC 5280). Peer certificates may be checked against X.509 CRLs (RFC 5280 §5, {@code +crl}); DH parameters
 * ({@code +dp}) are PKCS#3 or X9.42 (RFC 3279 §2.3.3), of which the runtime can use only the RFC 7919 groups.
 */
package io.github.cameldicom.tls;
