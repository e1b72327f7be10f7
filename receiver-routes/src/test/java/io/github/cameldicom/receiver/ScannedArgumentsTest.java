package io.github.cameldicom.receiver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cameldicom.receiver.ScannedArguments.Occurrence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting into options and parameters, and the questions dcmrecv asks of the result. */
class ScannedArgumentsTest {

    @Test
    void keepsOptionsInTheirLongFormWithTheirValues() throws CommandLineException {
        ScannedArguments arguments = scan("-v", "104", "-xf", "f", "p", "--aetitle", "AE");
        assertEquals(List.of("--verbose", "104", "--config-file", "f", "p", "--aetitle", "AE"), arguments.arguments());
        assertEquals(List.of("104"), arguments.parameters());
        assertEquals(List.of("f", "p"), arguments.rightmost(Option.CONFIG_FILE).orElseThrow().values());
    }

    @Test
    void signsFollowedByDigitsAreParameters() throws CommandLineException {
        assertEquals(List.of("-1", "+2", "-", "+", ""), scan("-1", "+2", "-", "+", "").parameters());
    }

    @Test
    void valuesAreTakenWhateverTheyLookLike() throws CommandLineException {
        ScannedArguments arguments = scan("-aet", "-v", "104");
        assertEquals("-v", arguments.rightmost(Option.AETITLE).orElseThrow().value(0));
        assertTrue(arguments.rightmost(Option.VERBOSE).isEmpty());
    }

    @Test
    void stopsAtTheFirstUnknownOption() {
        assertEquals("Unknown option --foo", assertThrows(CommandLineException.class,
                () -> scan("-v", "--foo", "-aet")).getMessage());
        assertEquals("Unknown option --", assertThrows(CommandLineException.class, () -> scan("--")).getMessage());
        assertEquals("Unknown option -V", assertThrows(CommandLineException.class, () -> scan("-V")).getMessage());
    }

    @Test
    void namesTheLongOptionWhenValuesAreMissing() {
        assertEquals("Missing value for option --config-file", assertThrows(CommandLineException.class,
                () -> scan("-xf", "f")).getMessage());
        assertEquals("Missing value for option --aetitle", assertThrows(CommandLineException.class,
                () -> scan("-aet")).getMessage());
    }

    @Test
    void aBlockReturnsWhatDcmrecvExaminesEndingWithTheRightmost() throws CommandLineException {
        ScannedArguments arguments = scan("-ic", "-vc", "-rc", "-ic");
        List<Occurrence> found = arguments.block(
                Option.REQUIRE_PEER_CERT, Option.IGNORE_PEER_CERT, Option.VERIFY_PEER_CERT);
        // -rc (rightmost at 2) first, then -ic right of it (3); -vc (1) lies left of -rc and is not looked at
        assertEquals(List.of(Option.REQUIRE_PEER_CERT, Option.IGNORE_PEER_CERT),
                found.stream().map(Occurrence::option).toList());
    }

    @Test
    void repeatableOptionsComeLeftToRight() throws CommandLineException {
        ScannedArguments arguments = scan("+cs", "A", "104", "+cs", "B");
        assertEquals(List.of("A", "B"), arguments.all(Option.CIPHER).stream().map(o -> o.value(0)).toList());
    }

    private static ScannedArguments scan(String... args) throws CommandLineException {
        return ScannedArguments.scan(List.of(args));
    }
}
