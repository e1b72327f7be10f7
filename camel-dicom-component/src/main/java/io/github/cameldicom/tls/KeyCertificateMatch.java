package io.github.cameldicom.tls;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAKey;

/**
 * Whether a private key belongs to a certificate's public key, checked when the files are loaded: otherwise the
 * mistake shows only as a failed handshake with every peer (OpenSSL's SSL_CTX_check_private_key, which DCMTK calls).
 */
final class KeyCertificateMatch {

    private static final byte[] CHALLENGE = "camel-dicom key check".getBytes(StandardCharsets.US_ASCII);

    private KeyCertificateMatch() {
    }

    static boolean matches(PrivateKey key, PublicKey certificateKey) throws GeneralSecurityException {
        if (key instanceof RSAKey rsa && certificateKey instanceof RSAKey publicRsa) {
            // Covers RSASSA-PSS keys too, whose signatures would need parameters.
            return rsa.getModulus().equals(publicRsa.getModulus());
        }
        String algorithm = signatureAlgorithm(key.getAlgorithm());
        if (!key.getAlgorithm().equals(certificateKey.getAlgorithm()) || algorithm == null) {
            return false;
        }
        // No portable way derives an EC, EdDSA or DSA public key from the private one: sign and verify.
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(key);
        signer.update(CHALLENGE);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(certificateKey);
        verifier.update(CHALLENGE);
        return verifier.verify(signature);
    }

    private static String signatureAlgorithm(String keyAlgorithm) {
        return switch (keyAlgorithm) {
            case "EC" -> "SHA256withECDSA";
            case "Ed25519", "Ed448", "EdDSA" -> keyAlgorithm;
            case "DSA" -> "SHA256withDSA";
            default -> null;
        };
    }
}
