package io.github.cameldicom.tls;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.InvalidParameterSpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.NoSuchPaddingException;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Reads the receiver's private key file (dcmrecv {@code +tls KEYFILE CERTFILE}, {@code -pem}/{@code -der},
 * {@code +pw}/{@code -pw}) in every form {@code openssl} writes:
 * <ul>
 * <li>PKCS#8 {@code PRIVATE KEY} (RFC 5208 §5), OpenSSL 3's default;</li>
 * <li>PKCS#8 {@code ENCRYPTED PRIVATE KEY} (RFC 5208 §6) with PBES2 (PBKDF2 and AES, OpenSSL 3's default) or the
 * PKCS#12 PBE schemes the JDK knows;</li>
 * <li>traditional {@code RSA PRIVATE KEY} (PKCS#1, RFC 8017 A.1.2) and {@code EC PRIVATE KEY} (SEC 1, RFC 5915),
 * plain or with OpenSSL's {@code Proc-Type}/{@code DEK-Info} encryption.</li>
 * </ul>
 * A DER file holds one of these structures without the PEM armour; which one is told by its shape.
 */
final class PrivateKeyReader {

    private static final String WHAT = "private key file";
    private static final String REENCRYPT = "openssl pkcs8 -topk8 -v2 aes-256-cbc";

    /** PrivateKeyInfo algorithm OIDs (RFC 8017, RFC 5480, RFC 8410, RFC 3279) and their JCA key algorithm. */
    private static final Map<String, String> KEY_ALGORITHMS = Map.of(
            "1.2.840.113549.1.1.1", "RSA",
            "1.2.840.113549.1.1.10", "RSASSA-PSS",
            "1.2.840.10045.2.1", "EC",
            "1.3.101.112", "Ed25519",
            "1.3.101.113", "Ed448",
            "1.2.840.10040.4.1", "DSA");

    /** The structures a key file may hold. */
    private enum Form {
        PKCS8, ENCRYPTED_PKCS8, PKCS1_RSA, SEC1_EC
    }

    private PrivateKeyReader() {
    }

    /**
     * @param password the key's password; null when none was given (an encrypted key then fails with a message
     *                 asking for one); empty for dcmrecv {@code -pw}
     */
    static PrivateKey read(Path file, KeyFileFormat format, char[] password) throws DicomTlsException {
        byte[] bytes = TlsFiles.read(file, WHAT);
        return format == KeyFileFormat.PEM ? fromPem(file, bytes, password) : fromDer(file, bytes, password);
    }

    private static PrivateKey fromPem(Path file, byte[] bytes, char[] password) throws DicomTlsException {
        List<Pem.Block> blocks = Pem.parse(file, bytes, WHAT);
        if (blocks.isEmpty()) {
            throw new DicomTlsException(WHAT + " " + file + " is not PEM (no -----BEGIN line)"
                                        + (Pem.looksLikePem(bytes) ? "" : "; for a DER file select DER (-der)"));
        }
        for (Pem.Block block : blocks) {
            Form form = switch (block.label()) {
                case "PRIVATE KEY" -> Form.PKCS8;
                case "ENCRYPTED PRIVATE KEY" -> Form.ENCRYPTED_PKCS8;
                case "RSA PRIVATE KEY" -> Form.PKCS1_RSA;
                case "EC PRIVATE KEY" -> Form.SEC1_EC;
                default -> null;
            };
            if (form == null) {
                // A key file may also hold the certificate or the curve parameters; OpenSSL skips them too.
                continue;
            }
            byte[] der = block.der();
            if (TraditionalPemEncryption.isEncrypted(block)) {
                der = decryptTraditional(file, block, password);
            }
            return decode(file, form, der, password);
        }
        throw new DicomTlsException(WHAT + " " + file + " holds no private key (it holds: " + Pem.labels(blocks)
                                    + ")");
    }

    private static PrivateKey fromDer(Path file, byte[] bytes, char[] password) throws DicomTlsException {
        Pem.requireDer(file, bytes, WHAT);
        Form form;
        try {
            form = formOf(bytes);
        } catch (IOException e) {
            throw new DicomTlsException(WHAT + " " + file + " is not a DER private key: " + e.getMessage(), e);
        }
        return decode(file, form, bytes, password);
    }

    /**
     * Tells the DER structures apart by their first elements: PrivateKeyInfo is {INTEGER 0|1, SEQUENCE, ...},
     * EncryptedPrivateKeyInfo {SEQUENCE, OCTET STRING}, RSAPrivateKey {INTEGER 0, INTEGER n, ...} and ECPrivateKey
     * {INTEGER 1, OCTET STRING, ...}.
     */
    private static Form formOf(byte[] der) throws IOException {
        DerReader seq = new DerReader(der).sequence();
        if (seq.peekTag() == DerReader.SEQUENCE) {
            return Form.ENCRYPTED_PKCS8;
        }
        BigInteger version = seq.integer();
        int next = seq.peekTag();
        if (next == DerReader.SEQUENCE) {
            return Form.PKCS8;
        }
        if (next == DerReader.INTEGER && version.signum() == 0) {
            return Form.PKCS1_RSA;
        }
        if (next == DerReader.OCTET_STRING && version.equals(BigInteger.ONE)) {
            return Form.SEC1_EC;
        }
        throw new IOException("not PKCS#8, PKCS#1 or SEC 1");
    }

    private static PrivateKey decode(Path file, Form form, byte[] der, char[] password) throws DicomTlsException {
        try {
            return switch (form) {
                case PKCS8 -> pkcs8(der);
                case ENCRYPTED_PKCS8 -> pkcs8(decryptPkcs8(file, der, password));
                case PKCS1_RSA -> pkcs1(der);
                case SEC1_EC -> sec1(der);
            };
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new DicomTlsException(WHAT + " " + file + " holds an invalid or unsupported " + describe(form)
                                        + ": " + e.getMessage(), e);
        }
    }

    /** PrivateKeyInfo: SEQUENCE { version, AlgorithmIdentifier { algorithm, parameters }, privateKey, ... }. */
    private static PrivateKey pkcs8(byte[] der) throws IOException, GeneralSecurityException {
        DerReader info = new DerReader(der).sequence();
        info.integer();
        String oid = info.sequence().objectIdentifier();
        String algorithm = KEY_ALGORITHMS.get(oid);
        if (algorithm == null) {
            throw new NoSuchAlgorithmException("key algorithm " + oid + " is not supported");
        }
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der, algorithm));
    }

    /** RSAPrivateKey: SEQUENCE { version, n, e, d, p, q, d mod (p-1), d mod (q-1), q^-1 mod p }. */
    private static PrivateKey pkcs1(byte[] der) throws IOException, GeneralSecurityException {
        DerReader key = new DerReader(der).sequence();
        if (key.integer().signum() != 0) {
            throw new InvalidKeySpecException("multi-prime RSA keys are not supported");
        }
        RSAPrivateCrtKeySpec spec = new RSAPrivateCrtKeySpec(key.integer(), key.integer(), key.integer(),
                key.integer(), key.integer(), key.integer(), key.integer(), key.integer());
        return KeyFactory.getInstance("RSA").generatePrivate(spec);
    }

    /** ECPrivateKey: SEQUENCE { version 1, privateKey OCTET STRING, [0] parameters, [1] publicKey }. */
    private static PrivateKey sec1(byte[] der) throws IOException, GeneralSecurityException {
        DerReader key = new DerReader(der).sequence();
        key.integer();
        BigInteger s = new BigInteger(1, key.octetString());
        String curve = null;
        while (key.hasMore()) {
            if (key.peekTag() == (DerReader.CONTEXT_CONSTRUCTED | 0)) {
                DerReader parameters = key.explicit(0);
                if (parameters.peekTag() != DerReader.OBJECT_IDENTIFIER) {
                    throw new InvalidKeySpecException("explicit curve parameters are not supported; write the key "
                                                      + "with a named curve (openssl ec -param_enc named_curve)");
                }
                curve = parameters.objectIdentifier();
            } else {
                key.skip();
            }
        }
        if (curve == null) {
            throw new InvalidKeySpecException("the key does not name its curve");
        }
        ECParameterSpec parameters;
        try {
            AlgorithmParameters ec = AlgorithmParameters.getInstance("EC");
            ec.init(new ECGenParameterSpec(curve));
            parameters = ec.getParameterSpec(ECParameterSpec.class);
        } catch (InvalidParameterSpecException e) {
            throw new InvalidKeySpecException("curve " + curve + " is not supported", e);
        }
        return KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(s, parameters));
    }

    /**
     * EncryptedPrivateKeyInfo: SEQUENCE { encryptionAlgorithm AlgorithmIdentifier, encryptedData OCTET STRING }.
     * PBES2 is decrypted here, the older PKCS#5 v1.5 and PKCS#12 schemes by the JDK.
     */
    private static byte[] decryptPkcs8(Path file, byte[] der, char[] password) throws DicomTlsException {
        requirePassword(file, password);
        String scheme;
        byte[] plain;
        try {
            DerReader info = new DerReader(der).sequence();
            DerReader algorithm = info.sequence();
            scheme = algorithm.objectIdentifier();
            byte[] encrypted = info.octetString();
            plain = Pbes2.OID.equals(scheme) ? Pbes2.decrypt(algorithm, encrypted, password)
                    : decryptWithJdk(file, der, password);
        } catch (IOException e) {
            throw new DicomTlsException(WHAT + " " + file + " holds an invalid encrypted PKCS#8 private key: "
                                        + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new DicomTlsException(WHAT + " " + file + " is encrypted with " + e.getMessage() + ", which is "
                                        + "not supported; re-encrypt it with: " + REENCRYPT, e);
        } catch (GeneralSecurityException e) {
            throw wrongPassword(file, e);
        }
        if (!isDerSequence(plain)) {
            // A wrong password passes the padding check about once in 256 tries; the result is then no key at all.
            throw wrongPassword(file, null);
        }
        return plain;
    }

    /** The PKCS#5 v1.5 and PKCS#12 password-based schemes, which the JDK implements for ASCII passwords. */
    private static byte[] decryptWithJdk(Path file, byte[] der, char[] password)
            throws DicomTlsException, IOException, GeneralSecurityException {
        EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
        String algorithm = info.getAlgName();
        for (char c : password) {
            if (c > 0x7F) {
                throw new DicomTlsException(WHAT + " " + file + " is encrypted with " + algorithm + ", which Java "
                                            + "supports with ASCII passwords only; re-encrypt it with: " + REENCRYPT);
            }
        }
        Cipher cipher;
        SecretKeyFactory factory;
        try {
            cipher = Cipher.getInstance(algorithm);
            factory = SecretKeyFactory.getInstance(algorithm);
        } catch (NoSuchAlgorithmException | NoSuchPaddingException e) {
            throw new NoSuchAlgorithmException(algorithm, e);
        }
        cipher.init(Cipher.DECRYPT_MODE, factory.generateSecret(new PBEKeySpec(password)), info.getAlgParameters());
        return info.getKeySpec(cipher).getEncoded();
    }

    private static boolean isDerSequence(byte[] der) {
        DerReader whole = new DerReader(der);
        try {
            whole.sequence();
            return !whole.hasMore();
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] decryptTraditional(Path file, Pem.Block block, char[] password) throws DicomTlsException {
        requirePassword(file, password);
        byte[] der;
        try {
            der = TraditionalPemEncryption.decrypt(block, password);
        } catch (IllegalArgumentException e) {
            throw new DicomTlsException(WHAT + " " + file + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw wrongPassword(file, e);
        }
        if (!isDerSequence(der)) {
            // A wrong password passes the padding check about once in 256 tries; the result is then no key at all.
            throw wrongPassword(file, null);
        }
        return der;
    }

    private static void requirePassword(Path file, char[] password) throws DicomTlsException {
        if (password == null) {
            throw new DicomTlsException(WHAT + " " + file + " is encrypted: give its password (dcmrecv +pw)");
        }
    }

    private static DicomTlsException wrongPassword(Path file, Exception cause) {
        return new DicomTlsException(WHAT + " " + file + " cannot be decrypted: wrong password, or the file is "
                                     + "damaged", cause);
    }

    private static String describe(Form form) {
        return switch (form) {
            case PKCS8, ENCRYPTED_PKCS8 -> "PKCS#8 private key";
            case PKCS1_RSA -> "RSA private key (PKCS#1)";
            case SEC1_EC -> "EC private key (SEC 1)";
        };
    }
}
