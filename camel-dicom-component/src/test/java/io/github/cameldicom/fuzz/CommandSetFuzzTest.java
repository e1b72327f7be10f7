package io.github.cameldicom.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cameldicom.dimse.CommandSet;
import io.github.cameldicom.dimse.DimseException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link CommandSet#decode} on any bytes: the group 0000 command set of a DIMSE message in Implicit VR Little Endian
 * (PS3.7 §6.3.1, Annex E).
 *
 * <p>Contract: a {@link CommandSet} or a {@link DimseException}; never another exception (in particular not the
 * record's own {@link IllegalArgumentException} for a field out of range), no allocation beyond
 * {@link Bounds#MAX_ALLOCATED_BYTES}. What decodes must survive {@code encode()} and decode to the same value again,
 * since the SCP echoes request fields into its responses.
 *
 * <p>Seeds: {@code CommandSetFuzzTestInputs/decode/}, the command sets of {@code dimse.CommandSetFixtures}.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
@ExtendWith(FuzzMode.class)
class CommandSetFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void decode(byte[] bytes) {
        Bounds.check("CommandSet.decode", () -> {
            try {
                CommandSet command = CommandSet.decode(bytes);
                assertNotNull(command.toString());
                assertEquals(command, CommandSet.decode(command.encode()), "decode(encode(command))");
            } catch (DimseException e) {
                assertNotNull(e.getMessage(), "message");
            }
        });
    }
}
