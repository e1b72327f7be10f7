package io.github.cameldicom.tls;

import java.math.BigInteger;
import java.util.Optional;

/**
 * The finite field Diffie-Hellman groups of RFC 7919 (Appendix A), which TLS negotiates by name ({@code ffdhe2048}
 * … {@code ffdhe8192}) and which are the only DHE groups the Java runtime can be told to use. Each prime is
 * {@code p = 2^b - 2^(b-64) + (floor(2^(b-130) * e) + X) * 2^64 - 1} with the group's own X, and the generator is 2.
 */
enum FfdheGroup {

    FFDHE2048(2048, 560316),
    FFDHE3072(3072, 2625351),
    FFDHE4096(4096, 5736041),
    FFDHE6144(6144, 15705020),
    FFDHE8192(8192, 10965728);

    static final BigInteger GENERATOR = BigInteger.TWO;

    private final int bits;
    private final BigInteger prime;

    FfdheGroup(int bits, long x) {
        this.bits = bits;
        this.prime = BigInteger.ONE.shiftLeft(bits)
                .subtract(BigInteger.ONE.shiftLeft(bits - 64))
                .add(floorOfEulerTimesPowerOfTwo(bits - 130).add(BigInteger.valueOf(x)).shiftLeft(64))
                .subtract(BigInteger.ONE);
    }

    /** The group with this prime and generator, if it is one of RFC 7919's. */
    static Optional<FfdheGroup> of(BigInteger prime, BigInteger generator) {
        for (FfdheGroup group : values()) {
            if (group.prime.equals(prime) && GENERATOR.equals(generator)) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }

    /** The TLS name of the group (IANA TLS Supported Groups registry), as the JDK's algorithm constraints see it. */
    String tlsName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    int bits() {
        return bits;
    }

    BigInteger prime() {
        return prime;
    }

    /**
     * {@code floor(2^n * e)}, from the series e = sum 1/k!: each term {@code floor(2^(n+g) / k!)} is summed with g
     * guard bits, which bound the error of the truncations far below one unit of the result.
     */
    private static BigInteger floorOfEulerTimesPowerOfTwo(int n) {
        int guard = 64;
        BigInteger scaled = BigInteger.ONE.shiftLeft(n + guard);
        BigInteger sum = BigInteger.ZERO;
        BigInteger term = scaled;
        for (int k = 1; term.signum() > 0; k++) {
            sum = sum.add(term);
            term = term.divide(BigInteger.valueOf(k));
        }
        return sum.shiftRight(guard);
    }

    @Override
    public String toString() {
        return tlsName();
    }
}
