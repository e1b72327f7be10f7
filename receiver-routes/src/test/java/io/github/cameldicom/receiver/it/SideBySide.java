package io.github.cameldicom.receiver.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntFunction;

import io.github.cameldicom.testing.Dcmtk;
import io.github.cameldicom.testing.StoreScu;

/**
 * The harness of the comparisons: starts receivers (the jar and dcmrecv) side by side, each on a free port with an
 * output directory of its own, waits until each answers echoscu, sends every one the same files with storescu
 * (each file's own SOP class in its own transfer syntax), dcmsend or another sender, stops them and returns what
 * each stored. Several senders share one start of the receivers: after each sender's round, what the receivers
 * stored is moved out of their output directories, so that each round's trees are that sender's alone.
 */
final class SideBySide {

    /** A receiver to start: which program, and the options before {@code -od} and the port are added. */
    record Spec(Receiver.Kind kind, List<String> options) {

        static Spec jar(String... options) {
            return new Spec(Receiver.Kind.JAR, List.of(options));
        }

        static Spec dcmrecv(String... options) {
            return new Spec(Receiver.Kind.DCMRECV, List.of(options));
        }

        @Override
        public String toString() {
            return kind + (options.isEmpty() ? "" : " " + String.join(" ", options));
        }
    }

    /** What a sender does with a receiver's port: send the input, and return what the sender said. */
    @FunctionalInterface
    interface Sender {
        Dcmtk.Result send(int port);

        /** A short name for messages and directories. */
        default String name() {
            return "sender";
        }

        /** The calling AE title the sender uses. */
        default String callingAeTitle() {
            return "STORESCU";
        }
    }

    /** A DCMTK sender. */
    record Tool(String name, String callingAeTitle, IntFunction<Dcmtk.Result> run) implements Sender {

        @Override
        public Dcmtk.Result send(int port) {
            return run.apply(port);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * What one receiver did.
     *
     * @param files the output tree: relative paths ({@code /}-separated) and the files
     * @param sent what the sender said
     * @param standardError the receiver's log
     * @param sender who sent
     */
    record Received(Spec spec, SortedMap<String, Path> files, Dcmtk.Result sent, String standardError,
                    Sender sender) {

        @Override
        public String toString() {
            return sender.name() + " -> " + spec;
        }
    }

    /** What the receivers stored in one sender's round, in the order of the specs. */
    record Round(Sender sender, List<Received> received) {
    }

    private SideBySide() {
    }

    /**
     * Sends {@code inputs} with storescu (calling AE title STORESCU), proposing each file's own SOP class and
     * transfer syntax.
     */
    static Sender storescu(List<Path> inputs) {
        return new Tool("storescu", "STORESCU", port -> StoreScu.send(Receiver.RUN_TIMEOUT, port, List.of(), inputs));
    }

    /**
     * Sends {@code inputs} with dcmsend and its defaults (calling AE title DCMSEND): it proposes each compressed or
     * deflated file's own transfer syntax, and all three uncompressed ones for an uncompressed file, converting it to
     * the one the receiver accepts.
     */
    static Sender dcmsend(List<Path> inputs) {
        return new Tool("dcmsend", "DCMSEND", port -> {
            List<String> args = new ArrayList<>(List.of("127.0.0.1", Integer.toString(port)));
            inputs.forEach(f -> args.add(f.toString()));
            return Dcmtk.run(Receiver.RUN_TIMEOUT, "dcmsend", args.toArray(String[]::new));
        });
    }

    /** Starts the receivers in {@code work/0}, {@code work/1} …, sends, stops them and returns what they stored. */
    static List<Received> receive(Path work, Sender sender, Spec... specs) {
        return receive(work, List.of(sender), specs).get(0).received();
    }

    /**
     * Starts the receivers in {@code work/0}, {@code work/1} … once, then for each sender in turn: sends to every
     * receiver and moves what each stored to {@code work/N/SENDER/}. Stops the receivers and returns one round per
     * sender.
     */
    static List<Round> receive(Path work, List<Sender> senders, Spec... specs) {
        List<Receiver> receivers = new ArrayList<>();
        try {
            for (int i = 0; i < specs.length; i++) {
                receivers.add(Receiver.start(specs[i].kind(), work.resolve(Integer.toString(i)), specs[i].options()));
            }
            receivers.forEach(Receiver::awaitEcho);
            List<List<Dcmtk.Result>> sent = new ArrayList<>();
            List<List<SortedMap<String, Path>>> trees = new ArrayList<>();
            for (int s = 0; s < senders.size(); s++) {
                Sender sender = senders.get(s);
                List<Dcmtk.Result> results = new ArrayList<>();
                List<SortedMap<String, Path>> stored = new ArrayList<>();
                for (Receiver receiver : receivers) {
                    results.add(sender.send(receiver.port()));
                }
                // The senders have their answers: every file is complete under its final name.
                for (int i = 0; i < receivers.size(); i++) {
                    stored.add(moveFiles(receivers.get(i).files(),
                            work.resolve(Integer.toString(i)).resolve(s + "-" + sender.name())));
                }
                sent.add(results);
                trees.add(stored);
            }
            List<String> logs = new ArrayList<>();
            for (Receiver receiver : receivers) {
                receiver.stop();
                logs.add(receiver.standardError());
            }
            List<Round> rounds = new ArrayList<>();
            for (int s = 0; s < senders.size(); s++) {
                List<Received> received = new ArrayList<>();
                for (int i = 0; i < specs.length; i++) {
                    received.add(new Received(specs[i], trees.get(s).get(i), sent.get(s).get(i), logs.get(i),
                            senders.get(s)));
                }
                rounds.add(new Round(senders.get(s), List.copyOf(received)));
            }
            return List.copyOf(rounds);
        } finally {
            receivers.forEach(Receiver::close);
        }
    }

    /** Moves the files of a tree below {@code target}, keeping their relative paths, and returns the moved tree. */
    private static SortedMap<String, Path> moveFiles(SortedMap<String, Path> files, Path target) {
        SortedMap<String, Path> moved = new TreeMap<>();
        try {
            for (Map.Entry<String, Path> file : files.entrySet()) {
                Path destination = target.resolve(file.getKey());
                Files.createDirectories(destination.getParent());
                moved.put(file.getKey(), Files.move(file.getValue(), destination));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the received files to " + target, e);
        }
        return moved;
    }
}
