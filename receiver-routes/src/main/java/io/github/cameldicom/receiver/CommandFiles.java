package io.github.cameldicom.receiver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands {@code @file} arguments as {@code man dcmrecv} ("COMMAND LINE") describes: the argument is replaced by the
 * words of the file. Spaces, tabs, line feeds and carriage returns separate words; a pair of double or single quotes
 * groups characters into one word, and may make an empty one. A word in a command file is never expanded again, so a
 * command file cannot contain another.
 *
 * <p>Quirks kept from DCMTK, because its command files must work unchanged: a closing quote always ends a word
 * ({@code ab"c d"e} gives {@code abc d} and {@code e}); an unclosed quote runs to the end of the file; a lone
 * {@code @} is an ordinary argument.
 */
final class CommandFiles {

    private static final char PREFIX = '@';

    private CommandFiles() {
    }

    /** The arguments with every command file replaced by its words. */
    static List<String> expand(List<String> arguments) throws CommandLineException {
        List<String> expanded = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.length() > 1 && argument.charAt(0) == PREFIX) {
                expanded.addAll(words(read(argument.substring(1))));
            } else {
                expanded.add(argument);
            }
        }
        return expanded;
    }

    /** Splits the content of a command file into words. */
    static List<String> words(String content) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '"' || c == '\'') {
                if (quote == c) {
                    words.add(word.toString());
                    word.setLength(0);
                    quote = 0;
                } else if (quote == 0) {
                    quote = c;
                } else {
                    word.append(c);
                }
            } else if (quote == 0 && isSeparator(c)) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static String read(String fileName) throws CommandLineException {
        try {
            // DCMTK's splitting only looks at ASCII characters, so decoding first changes no word boundary;
            // malformed bytes become U+FFFD instead of failing the whole file
            return new String(Files.readAllBytes(Path.of(fileName)), StandardCharsets.UTF_8);
        } catch (IOException | InvalidPathException e) {
            throw new CommandLineException("Cannot open command file '" + fileName + "'", e);
        }
    }
}
