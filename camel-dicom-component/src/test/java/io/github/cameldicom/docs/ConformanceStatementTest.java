package io.github.cameldicom.docs;

import io.github.cameldicom.data.SopClass;
import io.github.cameldicom.data.StorageSopClasses;
import io.github.cameldicom.data.TransferSyntax;
import io.github.cameldicom.data.TransferSyntaxes;
import io.github.cameldicom.data.Uids;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The conformance statement in src/ lists what the code accepts, no more and no less. */
class ConformanceStatementTest {

    private static final Path STATEMENT = Path.of("..", "src", "conformance-statement.md");

    @Test
    void listsEveryStorageSopClassWithItsFileNamePrefix() throws IOException {
        String text = Files.readString(STATEMENT);
        for (SopClass sopClass : StorageSopClasses.all()) {
            String row = "| " + sopClass.uid() + " | " + StorageSopClasses.modalityPrefix(sopClass.uid()) + " |";
            assertTrue(text.contains(row), "missing or wrong row for " + sopClass + ": " + row);
        }
        long rows = text.lines().filter(l -> l.matches("\\| .* \\| 1\\.2\\.840\\.10008\\.5\\.1\\.[0-9.]+ \\| \\S+ \\|"))
                .count();
        assertTrue(rows == StorageSopClasses.all().size(), rows + " SOP class rows, registry has "
                                                           + StorageSopClasses.all().size());
    }

    @Test
    void listsEveryTransferSyntax() throws IOException {
        String text = Files.readString(STATEMENT);
        for (TransferSyntax ts : TransferSyntaxes.all()) {
            String row = "| " + ts.uid() + " | " + (ts.encapsulated() ? "yes" : "no") + " |";
            assertTrue(text.contains(row), "missing or wrong row for " + ts + ": " + row);
        }
    }

    @Test
    void namesOurImplementation() throws IOException {
        String text = Files.readString(STATEMENT);
        assertTrue(text.contains(Uids.IMPLEMENTATION_CLASS_UID), "implementation class UID");
        assertTrue(text.contains(Uids.IMPLEMENTATION_VERSION_NAME), "implementation version name");
    }
}
