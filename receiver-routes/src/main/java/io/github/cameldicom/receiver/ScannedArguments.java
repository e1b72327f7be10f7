package io.github.cameldicom.receiver;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line split into options (each with its values) and parameters, the way DCMTK's command line class
 * splits it: an argument is an option when it starts with {@code -} or {@code +} followed by anything but a digit
 * (so {@code -1} is a parameter); an option takes the next arguments as its values whatever they look like.
 *
 * <p>The queries answer the questions dcmrecv asks, and in the same way, so that "rightmost wins" and the
 * error messages come out alike.
 */
final class ScannedArguments {

    /** One option on the command line, its position among the options, and its values. */
    record Occurrence(Option option, int position, List<String> values) {

        Occurrence {
            values = List.copyOf(values);
        }

        String value(int index) {
            return values.get(index);
        }

        /** A value naming a file or directory; only a NUL character makes it invalid. */
        Path path(int index) throws CommandLineException {
            try {
                return Path.of(values.get(index));
            } catch (InvalidPathException e) {
                throw new CommandLineException(
                        "Invalid value for option " + option.longName() + " (" + values.get(index) + ")", e);
            }
        }
    }

    private final List<String> arguments;
    private final List<Occurrence> options;
    private final List<String> parameters;

    private ScannedArguments(List<String> arguments, List<Occurrence> options, List<String> parameters) {
        this.arguments = List.copyOf(arguments);
        this.options = List.copyOf(options);
        this.parameters = List.copyOf(parameters);
    }

    /** Splits expanded arguments; stops at the first unknown option or option without enough values. */
    static ScannedArguments scan(List<String> expanded) throws CommandLineException {
        List<String> arguments = new ArrayList<>();
        List<Occurrence> options = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        for (int i = 0; i < expanded.size(); i++) {
            String argument = expanded.get(i);
            if (!looksLikeOption(argument)) {
                parameters.add(argument);
                arguments.add(argument);
                continue;
            }
            Option option = Option.named(argument)
                    .orElseThrow(() -> new CommandLineException("Unknown option " + argument));
            arguments.add(option.longName());
            int remaining = expanded.size() - i - 1;
            if (option.valueCount() > remaining) {
                throw new CommandLineException("Missing value for option " + option.longName());
            }
            List<String> values = expanded.subList(i + 1, i + 1 + option.valueCount());
            arguments.addAll(values);
            options.add(new Occurrence(option, options.size(), values));
            i += option.valueCount();
        }
        return new ScannedArguments(arguments, options, parameters);
    }

    private static boolean looksLikeOption(String argument) {
        return argument.length() >= 2
                && (argument.charAt(0) == '-' || argument.charAt(0) == '+')
                && (argument.charAt(1) < '0' || argument.charAt(1) > '9');
    }

    /** Every argument, options in their long form, as {@code --arguments} lists them. */
    List<String> arguments() {
        return arguments;
    }

    List<String> parameters() {
        return parameters;
    }

    boolean isEmpty() {
        return arguments.isEmpty();
    }

    /** Whether an option is present that makes parameters irrelevant (help, version, cipher list). */
    boolean hasExclusiveOption() {
        return options.stream().anyMatch(occurrence -> occurrence.option().exclusive());
    }

    boolean has(Option option) {
        return rightmost(option).isPresent();
    }

    /** The rightmost occurrence of an option: the one that counts when an option is given twice. */
    Optional<Occurrence> rightmost(Option option) {
        for (int i = options.size() - 1; i >= 0; i--) {
            if (options.get(i).option() == option) {
                return Optional.of(options.get(i));
            }
        }
        return Optional.empty();
    }

    /** Every occurrence of a repeatable option, left to right. */
    List<Occurrence> all(Option option) {
        return options.stream().filter(occurrence -> occurrence.option() == option).toList();
    }

    /**
     * The options of a mutually exclusive group that dcmrecv acts on, in the order dcmrecv examines them: the
     * first of {@code inDcmrecvOrder} that is present counts from its rightmost occurrence, each later one only
     * when it stands to the right of the previous one found. The last occurrence returned is the rightmost option
     * of the group, the one that wins; the earlier ones are those dcmrecv also checks on its way.
     */
    List<Occurrence> block(Option... inDcmrecvOrder) {
        List<Occurrence> found = new ArrayList<>();
        int boundary = -1;
        for (Option option : inDcmrecvOrder) {
            Optional<Occurrence> occurrence = rightmost(option);
            if (occurrence.isPresent() && occurrence.get().position() > boundary) {
                found.add(occurrence.get());
                boundary = occurrence.get().position();
            }
        }
        return found;
    }

    @Override
    public String toString() {
        return "ScannedArguments" + arguments;
    }
}
