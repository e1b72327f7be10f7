package io.github.cameldicom.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The symbolic names used in DCMTK's {@code /etc/dcmtk/storescp.cfg}: transfer syntax names from its
 * {@code [[TransferSyntaxes]]} section, SOP class names from {@code [[PresentationContexts]]}.
 */
final class StoreScpConfig {

    final Set<String> transferSyntaxNames = new LinkedHashSet<>();
    final Set<String> sopClassNames = new LinkedHashSet<>();

    private StoreScpConfig() {
    }

    static StoreScpConfig load() throws IOException {
        assertTrue(Files.isRegularFile(Dcmtk.STORESCP_CFG),
                Dcmtk.STORESCP_CFG + " not found: install DCMTK: apt-get install -y dcmtk");
        StoreScpConfig config = new StoreScpConfig();
        List<String> lines = new ArrayList<>(Files.readAllLines(Dcmtk.STORESCP_CFG, StandardCharsets.ISO_8859_1));
        String section = "";
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[[")) {
                section = line;
                continue;
            }
            if (line.startsWith("[") || !line.contains("=")) {
                continue;
            }
            String key = line.substring(0, line.indexOf('=')).strip();
            String value = line.substring(line.indexOf('=') + 1).strip();
            if (section.equals("[[TransferSyntaxes]]") && key.startsWith("TransferSyntax")) {
                config.transferSyntaxNames.add(value);
            } else if (section.equals("[[PresentationContexts]]") && key.startsWith("PresentationContext")) {
                config.sopClassNames.add(value.substring(0, value.indexOf('\\')));
            }
        }
        assertFalse(config.transferSyntaxNames.isEmpty(), "no transfer syntaxes parsed");
        assertFalse(config.sopClassNames.isEmpty(), "no presentation contexts parsed");
        return config;
    }
}
