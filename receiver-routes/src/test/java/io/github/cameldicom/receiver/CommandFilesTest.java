package io.github.cameldicom.receiver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code @file} expansion as {@code man dcmrecv}, "COMMAND LINE", describes it. */
class CommandFilesTest {

    @TempDir
    Path dir;

    static List<Arguments> splitting() {
        return List.of(
                Arguments.of("-v 104", List.of("-v", "104")),
                Arguments.of("  -v \t\t104\n", List.of("-v", "104")),
                Arguments.of("-v\r\n-od\r\nout\r\n", List.of("-v", "-od", "out")),
                Arguments.of("-aet \"MY AE\" 104", List.of("-aet", "MY AE", "104")),
                Arguments.of("-aet 'MY AE' 104", List.of("-aet", "MY AE", "104")),
                Arguments.of("-fe \"\" 104", List.of("-fe", "", "104")),
                Arguments.of("-aet \"a'b\"", List.of("-aet", "a'b")),
                Arguments.of("-aet 'a\"b'", List.of("-aet", "a\"b")),
                Arguments.of("\"two\nlines\"", List.of("two\nlines")),
                // a closing quote ends the word, whatever follows
                Arguments.of("ab\"c d\"e", List.of("abc d", "e")),
                // an unclosed quote runs to the end of the file
                Arguments.of("-aet 'un closed", List.of("-aet", "un closed")),
                // only space, tab, line feed and carriage return separate words
                Arguments.of("a\u000Bb\fc", List.of("a\u000Bb\fc")),
                Arguments.of("", List.of()),
                Arguments.of(" \n\t ", List.of()));
    }

    @ParameterizedTest
    @MethodSource("splitting")
    void splitsLikeDcmtk(String content, List<String> expected) {
        assertEquals(expected, CommandFiles.words(content));
    }

    @Test
    void replacesTheArgumentInPlace() throws Exception {
        Path file = write("options.txt", "-v\n-aet \"MY AE\"\n");
        assertEquals(List.of("-d", "-v", "-aet", "MY AE", "104"),
                CommandFiles.expand(List.of("-d", "@" + file, "104")));
    }

    @Test
    void expandsSeveralFiles() throws Exception {
        Path first = write("first.txt", "-v");
        Path second = write("second.txt", "104");
        assertEquals(List.of("-v", "104"), CommandFiles.expand(List.of("@" + first, "@" + second)));
    }

    @Test
    void doesNotExpandACommandFileInsideACommandFile() throws Exception {
        Path inner = write("inner.txt", "-v");
        Path outer = write("outer.txt", "-aet @" + inner);
        assertEquals(List.of("-aet", "@" + inner), CommandFiles.expand(List.of("@" + outer)));
    }

    @Test
    void keepsALoneAtSign() throws Exception {
        assertEquals(List.of("@", "104"), CommandFiles.expand(List.of("@", "104")));
    }

    @Test
    void refusesAMissingFileWithDcmtksMessage() {
        String missing = dir.resolve("missing.txt").toString();
        CommandLineException e = assertThrows(CommandLineException.class,
                () -> CommandFiles.expand(List.of("-v", "@" + missing)));
        assertEquals("Cannot open command file '" + missing + "'", e.getMessage());
    }

    @Test
    void anEmptyFileGivesNoArguments() throws Exception {
        Path empty = write("empty.txt", "");
        assertEquals(List.of(), CommandFiles.expand(List.of("@" + empty)));
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
