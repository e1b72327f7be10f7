package io.github.cameldicom.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cameldicom.profile.AssociationProfiles;
import io.github.cameldicom.profile.ProfileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link AssociationProfiles#load} on any file content (DCMTK association profile format, {@code dcmrecv -xf}), then
 * {@link AssociationProfiles#policy} for every profile the file defines. The input is written to one temporary file,
 * reused for every input.
 *
 * <p>Contract: profiles or a {@link ProfileException}; never another exception (the file is readable, so no
 * {@link IOException} either), no allocation beyond {@link Bounds#MAX_ALLOCATED_BYTES}, no more than the timeout.
 *
 * <p>Seeds: {@code AssociationProfilesFuzzTestInputs/load/}: a copy of {@code /etc/dcmtk/storescp.cfg} from DCMTK
 * 3.6.7, the test profile {@code profile/negotiation.cfg} and a few small hand-written ones.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
@ExtendWith(FuzzMode.class)
class AssociationProfilesFuzzTest {

    private static Path file;

    @BeforeAll
    static void createFile() throws IOException {
        file = Files.createTempFile("fuzz-profile", ".cfg");
    }

    @AfterAll
    static void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @FuzzTest(maxDuration = "5m")
    void load(byte[] content) {
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Bounds.check("AssociationProfiles.load", () -> {
            try {
                AssociationProfiles profiles = AssociationProfiles.load(file);
                for (String name : profiles.profileNames()) {
                    try {
                        assertNotNull(profiles.policy(name));
                    } catch (ProfileException e) {
                        assertNotNull(e.getMessage());
                    }
                }
            } catch (ProfileException e) {
                assertNotNull(e.getMessage());
            } catch (IOException e) {
                throw new AssertionError("AssociationProfiles.load threw " + e + " for a readable file", e);
            }
        });
    }
}
