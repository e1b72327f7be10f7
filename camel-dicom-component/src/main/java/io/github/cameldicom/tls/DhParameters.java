package io.github.cameldicom.tls;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Diffie-Hellman parameters for the DHE cipher suites (dcmrecv {@code +dp FILE}): a PEM file with a PKCS#3 {@code DH
 * PARAMETERS} block ({@code SEQUENCE {prime, base [, privateValueLength]}}, as {@code openssl dhparam} writes it) or
 * an X9.42 {@code X9.42 DH PARAMETERS} block ({@code SEQUENCE {p, g, q, ...}}, RFC 3279 §2.3.3), the two kinds
 * OpenSSL's {@code PEM_read_bio_DHparams}, which dcmrecv uses, reads.
 *
 * <p>The Java runtime cannot be given arbitrary DH parameters for one SSL context; it can only be limited to RFC
 * 7919's named groups. So parameters that are one of those groups select it, and any others are reported as not
 * usable.
 *
 * @param prime the prime p
 * @param generator the generator g
 */
record DhParameters(BigInteger prime, BigInteger generator) {

    private static final List<String> LABELS = List.of("DH PARAMETERS", "X9.42 DH PARAMETERS");

    /**
     * Reads the parameters of a PEM file.
     *
     * @throws DicomTlsException when the file is missing, unreadable, not PEM, holds no DH parameters block, or
     *                           the block is not valid DH parameters
     */
    static DhParameters read(Path file) throws DicomTlsException {
        String what = "DH parameter file";
        byte[] bytes = TlsFiles.read(file, what);
        Pem.Block block = Pem.parse(file, bytes, what).stream().filter(b -> LABELS.contains(b.label())).findFirst()
                .orElseThrow(() -> new DicomTlsException(what + " " + file + " holds no '-----BEGIN DH PARAMETERS"
                                                         + "-----' block"));
        try {
            DerReader sequence = new DerReader(block.der()).sequence();
            BigInteger p = sequence.integer();
            BigInteger g = sequence.integer();
            if (p.signum() <= 0 || !p.testBit(0) || p.bitLength() < 512) {
                throw new IOException("the prime is not an odd number of 512 bits or more");
            }
            if (g.compareTo(BigInteger.ONE) <= 0 || g.compareTo(p.subtract(BigInteger.ONE)) >= 0) {
                throw new IOException("the generator is not in 2 .. p-2");
            }
            return new DhParameters(p, g);
        } catch (IOException e) {
            throw new DicomTlsException(what + " " + file + " holds invalid DH parameters: " + e.getMessage(), e);
        }
    }

    /** The RFC 7919 group these parameters are, if any. */
    Optional<FfdheGroup> namedGroup() {
        return FfdheGroup.of(prime, generator);
    }

    int bits() {
        return prime.bitLength();
    }
}
