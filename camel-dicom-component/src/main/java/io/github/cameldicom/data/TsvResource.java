package io.github.cameldicom.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated tables shipped next to this class. Lines starting with {@code #} are comments; a {@code -}
 * column means "none". The tables are part of the build, so a malformed one is a programming error.
 */
final class TsvResource {

    private TsvResource() {
    }

    /** The rows of the named resource, each split into exactly {@code columns} fields. */
    static List<String[]> read(String name, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = TsvResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + TsvResource.class);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != columns) {
                    throw new IllegalStateException(name + " line " + number + ": " + fields.length
                            + " columns, expected " + columns);
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
        return rows;
    }

    /** The field, or {@code null} for the "none" marker {@code -}. */
    static String optional(String field) {
        return "-".equals(field) ? null : field;
    }

    /** A {@code true}/{@code false} column, strictly. */
    static boolean bool(String field) {
        switch (field) {
            case "true":
                return true;
            case "false":
                return false;
            default:
                throw new IllegalStateException("not a boolean: " + field);
        }
    }
}
