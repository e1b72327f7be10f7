package io.github.cameldicom.receiver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * dcmrecv's start-up check of {@code -od}: the directory must exist and be writable, else exit code 45 with
 * dcmrecv's message. An empty path stands for the current directory.
 */
final class OutputDirectoryCheck {

    private static final String PREFIX = "cannot specify output directory: ";

    private final Predicate<Path> isDirectory;
    private final Predicate<Path> isWritable;

    /** With other tests of the file system, so that "not writable" can be tested where everything is (root). */
    OutputDirectoryCheck(Predicate<Path> isDirectory, Predicate<Path> isWritable) {
        this.isDirectory = isDirectory;
        this.isWritable = isWritable;
    }

    static OutputDirectoryCheck standard() {
        return new OutputDirectoryCheck(Files::isDirectory, Files::isWritable);
    }

    Optional<StartupFailure> check(Path directory) {
        Path resolved = directory.toString().isEmpty() ? Path.of(".") : directory;
        if (!isDirectory.test(resolved)) {
            return failure("Directory does not exist");
        }
        if (!isWritable.test(resolved)) {
            return failure("Directory is not writable");
        }
        return Optional.empty();
    }

    private static Optional<StartupFailure> failure(String reason) {
        return Optional.of(new StartupFailure(ExitCodes.INVALID_OUTPUT_DIRECTORY, PREFIX + reason));
    }
}
