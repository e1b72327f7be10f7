package io.github.cameldicom.tls;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Decrypts OpenSSL's traditional encrypted PEM keys: a {@code RSA PRIVATE KEY} or {@code EC PRIVATE KEY} block with
 * the RFC 1421 headers {@code Proc-Type: 4,ENCRYPTED} and {@code DEK-Info: CIPHER,IV}, as {@code openssl genrsa
 * -aes256} wrote them before OpenSSL 3 and {@code openssl rsa -traditional -aes256} still does. The key comes from
 * the password with OpenSSL's EVP_BytesToKey: MD5, one iteration, the first 8 bytes of the IV as salt.
 */
final class TraditionalPemEncryption {

    /** A DEK-Info cipher: its JCE transformation, key algorithm and key length. */
    private record DekCipher(String transformation, String keyAlgorithm, int keyLength, int ivLength) {
    }

    private TraditionalPemEncryption() {
    }

    /** Whether a PEM block is encrypted this way. */
    static boolean isEncrypted(Pem.Block block) {
        String procType = block.header("Proc-Type");
        return procType != null && procType.replace(" ", "").equalsIgnoreCase("4,ENCRYPTED");
    }

    /**
     * The decrypted DER.
     *
     * @throws IllegalArgumentException when DEK-Info names a cipher this reader does not know or is malformed
     * @throws GeneralSecurityException when decryption fails, usually because the password is wrong
     */
    static byte[] decrypt(Pem.Block block, char[] password) throws GeneralSecurityException {
        String dekInfo = block.header("DEK-Info");
        if (dekInfo == null || dekInfo.indexOf(',') < 0) {
            throw new IllegalArgumentException("encrypted PEM block without a valid DEK-Info header");
        }
        String name = dekInfo.substring(0, dekInfo.indexOf(',')).strip().toUpperCase(Locale.ROOT);
        DekCipher cipher = cipher(name);
        byte[] iv;
        try {
            iv = HexFormat.of().parseHex(dekInfo.substring(dekInfo.indexOf(',') + 1).strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("DEK-Info IV is not hexadecimal", e);
        }
        if (iv.length != cipher.ivLength()) {
            throw new IllegalArgumentException("DEK-Info IV of " + iv.length + " bytes for " + name);
        }
        byte[] key = bytesToKey(password, Arrays.copyOf(iv, 8), cipher.keyLength());
        try {
            Cipher c = Cipher.getInstance(cipher.transformation());
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, cipher.keyAlgorithm()), new IvParameterSpec(iv));
            return c.doFinal(block.der());
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static DekCipher cipher(String name) {
        return switch (name) {
            case "AES-128-CBC" -> new DekCipher("AES/CBC/PKCS5Padding", "AES", 16, 16);
            case "AES-192-CBC" -> new DekCipher("AES/CBC/PKCS5Padding", "AES", 24, 16);
            case "AES-256-CBC" -> new DekCipher("AES/CBC/PKCS5Padding", "AES", 32, 16);
            case "DES-EDE3-CBC" -> new DekCipher("DESede/CBC/PKCS5Padding", "DESede", 24, 8);
            case "DES-CBC" -> new DekCipher("DES/CBC/PKCS5Padding", "DES", 8, 8);
            default -> throw new IllegalArgumentException("unsupported PEM encryption " + name
                                                          + " (convert the key with: openssl pkcs8 -topk8)");
        };
    }

    /** EVP_BytesToKey with MD5 and one iteration: D_i = MD5(D_{i-1} || password || salt), concatenated. */
    private static byte[] bytesToKey(char[] password, byte[] salt, int length) throws GeneralSecurityException {
        // OpenSSL feeds the password's bytes as typed; UTF-8 is what a terminal gives for non-ASCII passwords.
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] pw = new byte[encoded.remaining()];
        encoded.get(pw);
        Arrays.fill(encoded.array(), (byte) 0);
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        byte[] key = new byte[length];
        byte[] previous = new byte[0];
        int filled = 0;
        try {
            while (filled < length) {
                md5.update(previous);
                md5.update(pw);
                md5.update(salt);
                previous = md5.digest();
                int n = Math.min(previous.length, length - filled);
                System.arraycopy(previous, 0, key, filled, n);
                filled += n;
            }
            return key;
        } finally {
            Arrays.fill(pw, (byte) 0);
            Arrays.fill(previous, (byte) 0);
        }
    }
}
