package io.github.cameldicom.net.pdu;

import java.util.HexFormat;

/** Hex text for byte fixtures: parts are concatenated, so each field can sit on its own line with a comment. */
final class Hex {

    private Hex() {
    }

    static byte[] decode(String... parts) {
        return HexFormat.of().parseHex(String.join("", parts).replace(" ", ""));
    }

    static String encode(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
