package io.github.cameldicom.tls;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * PBES2 with PBKDF2 (RFC 8018 §6.2 and §5.2), the encryption of OpenSSL's {@code ENCRYPTED PRIVATE KEY} since
 * OpenSSL 1.1. Done here rather than with the JDK's {@code PBEWithHmac...} ciphers because those accept ASCII
 * passwords only, while OpenSSL derives the key from the password's UTF-8 bytes, which PBKDF2 here uses too.
 */
final class Pbes2 {

    static final String OID = "1.2.840.113549.1.5.13";
    private static final String PBKDF2 = "1.2.840.113549.1.5.12";
    private static final String SCRYPT = "1.3.6.1.4.1.11591.4.11";
    private static final String HMAC_WITH_SHA1 = "1.2.840.113549.2.7";

    /** RFC 8018 Appendix B.1.2 pseudorandom functions and the JDK's PBKDF2 for each. */
    private static final Map<String, String> PRFS = Map.of(
            HMAC_WITH_SHA1, "PBKDF2WithHmacSHA1",
            "1.2.840.113549.2.8", "PBKDF2WithHmacSHA224",
            "1.2.840.113549.2.9", "PBKDF2WithHmacSHA256",
            "1.2.840.113549.2.10", "PBKDF2WithHmacSHA384",
            "1.2.840.113549.2.11", "PBKDF2WithHmacSHA512");

    /** An RFC 8018 Appendix B.2 encryption scheme: transformation, key algorithm, key length. */
    private record Scheme(String transformation, String keyAlgorithm, int keyLength) {
    }

    private static final Map<String, Scheme> SCHEMES = Map.of(
            "2.16.840.1.101.3.4.1.2", new Scheme("AES/CBC/PKCS5Padding", "AES", 16),
            "2.16.840.1.101.3.4.1.22", new Scheme("AES/CBC/PKCS5Padding", "AES", 24),
            "2.16.840.1.101.3.4.1.42", new Scheme("AES/CBC/PKCS5Padding", "AES", 32),
            "1.2.840.113549.3.7", new Scheme("DESede/CBC/PKCS5Padding", "DESede", 24));

    /** Iteration counts far above what any tool writes only make a damaged file hang the start-up. */
    private static final int MAX_ITERATIONS = 10_000_000;

    private Pbes2() {
    }

    /**
     * Decrypts {@code encrypted} under the PBES2 parameters that follow the PBES2 OID in the AlgorithmIdentifier.
     *
     * @throws NoSuchAlgorithmException when the key derivation, PRF or cipher is one this class does not know
     * @throws GeneralSecurityException when decryption fails, usually because the password is wrong
     * @throws IOException              when the parameters are malformed
     */
    static byte[] decrypt(DerReader algorithmParameters, byte[] encrypted, char[] password)
            throws GeneralSecurityException, IOException {
        // PBES2-params ::= SEQUENCE { keyDerivationFunc AlgorithmIdentifier, encryptionScheme AlgorithmIdentifier }
        DerReader parameters = algorithmParameters.sequence();
        DerReader kdf = parameters.sequence();
        String kdfOid = kdf.objectIdentifier();
        if (!PBKDF2.equals(kdfOid)) {
            throw new NoSuchAlgorithmException(SCRYPT.equals(kdfOid) ? "scrypt key derivation"
                    : "key derivation " + kdfOid);
        }
        // PBKDF2-params ::= SEQUENCE { salt OCTET STRING, iterationCount INTEGER, keyLength INTEGER OPTIONAL,
        //                              prf AlgorithmIdentifier DEFAULT hmacWithSHA1 }
        DerReader pbkdf2 = kdf.sequence();
        byte[] salt = pbkdf2.octetString();
        BigInteger iterations = pbkdf2.integer();
        if (iterations.signum() <= 0 || iterations.compareTo(BigInteger.valueOf(MAX_ITERATIONS)) > 0) {
            throw new IOException("PBKDF2 iteration count " + iterations + " out of range");
        }
        if (pbkdf2.peekTag() == DerReader.INTEGER) {
            pbkdf2.integer();
        }
        String prfOid = pbkdf2.hasMore() ? pbkdf2.sequence().objectIdentifier() : HMAC_WITH_SHA1;
        String prf = PRFS.get(prfOid);
        if (prf == null) {
            throw new NoSuchAlgorithmException("PBKDF2 pseudorandom function " + prfOid);
        }
        DerReader encryption = parameters.sequence();
        String schemeOid = encryption.objectIdentifier();
        Scheme scheme = SCHEMES.get(schemeOid);
        if (scheme == null) {
            throw new NoSuchAlgorithmException("encryption scheme " + schemeOid);
        }
        byte[] iv = encryption.octetString();

        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations.intValue(), scheme.keyLength() * 8);
        byte[] key = SecretKeyFactory.getInstance(prf).generateSecret(spec).getEncoded();
        spec.clearPassword();
        try {
            Cipher cipher = Cipher.getInstance(scheme.transformation());
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, scheme.keyAlgorithm()), new IvParameterSpec(iv));
            return cipher.doFinal(encrypted);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
