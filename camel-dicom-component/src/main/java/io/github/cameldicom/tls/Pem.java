package io.github.cameldicom.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * PEM text (RFC 7468): the blocks between {@code -----BEGIN label-----} and {@code -----END label-----}, with the
 * RFC 1421 headers ({@code Proc-Type}, {@code DEK-Info}) that OpenSSL's traditional encrypted keys carry. Text
 * outside blocks is ignored, as OpenSSL does, so that files with comments or a certificate's text dump load.
 */
final class Pem {

    /** One block: its label, its RFC 1421 headers (usually none) and the decoded DER. */
    record Block(String label, Map<String, String> headers, byte[] der) {

        Block {
            headers = Map.copyOf(headers);
        }

        String header(String name) {
            return headers.get(name);
        }
    }

    private static final String BEGIN = "-----BEGIN ";
    private static final String END = "-----END ";
    private static final String DASHES = "-----";

    private Pem() {
    }

    /** Whether the bytes look like PEM rather than DER: they contain a BEGIN line. */
    static boolean looksLikePem(byte[] bytes) {
        // DER starts with a SEQUENCE tag; PEM is ASCII text with a BEGIN line somewhere.
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(BEGIN);
    }

    /**
     * Refuses a file in PEM where DER was selected.
     *
     * @param what the role of the file in messages, e.g. "certificate file"
     */
    static void requireDer(Path file, byte[] bytes, String what) throws DicomTlsException {
        if (looksLikePem(bytes)) {
            throw new DicomTlsException(what + " " + file + " is PEM, not DER; select PEM (-pem)");
        }
    }

    /**
     * Every block in a file's text, in order, as {@link #parse(byte[])}; malformed PEM fails naming the file.
     *
     * @param what the role of the file in messages, e.g. "certificate file"
     */
    static List<Block> parse(Path file, byte[] bytes, String what) throws DicomTlsException {
        try {
            return parse(bytes);
        } catch (IOException e) {
            throw new DicomTlsException(what + " " + file + " is not valid PEM: " + e.getMessage(), e);
        }
    }

    /** The blocks' distinct labels, comma-separated, for messages. */
    static String labels(List<Block> blocks) {
        return blocks.stream().map(Block::label).distinct().collect(Collectors.joining(", "));
    }

    /** Every block in the text, in order; an empty list when there is none. */
    static List<Block> parse(byte[] bytes) throws IOException {
        String[] lines = new String(bytes, StandardCharsets.ISO_8859_1).split("\r\n|\r|\n");
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith(BEGIN) || !line.endsWith(DASHES) || line.length() < BEGIN.length() + DASHES.length()) {
                continue;
            }
            String label = line.substring(BEGIN.length(), line.length() - DASHES.length());
            String endLine = END + label + DASHES;
            Map<String, String> headers = new LinkedHashMap<>();
            StringBuilder base64 = new StringBuilder();
            int j = i + 1;
            boolean inHeaders = true;
            for (; j < lines.length; j++) {
                String l = lines[j].strip();
                if (l.equals(endLine)) {
                    break;
                }
                if (l.startsWith(BEGIN) || l.startsWith(END)) {
                    throw new IOException("PEM block '" + label + "' is not closed by '" + endLine + "'");
                }
                int colon = l.indexOf(':');
                if (inHeaders && colon > 0) {
                    headers.put(l.substring(0, colon).strip(), l.substring(colon + 1).strip());
                    continue;
                }
                inHeaders = false;
                base64.append(l);
            }
            if (j == lines.length) {
                throw new IOException("PEM block '" + label + "' has no '" + endLine + "' line");
            }
            try {
                blocks.add(new Block(label, headers, Base64.getDecoder().decode(base64.toString())));
            } catch (IllegalArgumentException e) {
                throw new IOException("PEM block '" + label + "' is not valid Base64: " + e.getMessage(), e);
            }
            i = j;
        }
        return blocks;
    }
}
