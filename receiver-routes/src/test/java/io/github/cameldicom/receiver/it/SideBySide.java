package io.github.cameldicom.receiver.it;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * The harness of the comparisons: starts receivers (the jar and dcmrecv) side by side, each on a free port with an
 * output directory of its own, waits until each answers echoscu, sends every one the same files with storescu
 * (each file's own SOP class in its own transfer syntax) or another sender, stops them and returns what each
 * stored.
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
    }

    /**
     * What one receiver did.
     *
     * @param files the output tree: relative paths ({@code /}-separated) and the files
     * @param sent what the sender said
     * @param standardError the receiver's log
     */
    record Received(Spec spec, SortedMap<String, Path> files, Dcmtk.Result sent, String standardError) {

        @Override
        public String toString() {
            return spec.toString();
        }
    }

    private SideBySide() {
    }

    /** Sends {@code inputs} with storescu, proposing each file's own SOP class and transfer syntax. */
    static Sender storescu(List<Path> inputs) {
        return port -> StoreScu.send(Receiver.RUN_TIMEOUT, port, List.of(), inputs);
    }

    /** Starts the receivers in {@code work/0}, {@code work/1} …, sends, stops them and returns what they stored. */
    static List<Received> receive(Path work, Sender sender, Spec... specs) {
        List<Receiver> receivers = new ArrayList<>();
        try {
            for (int i = 0; i < specs.length; i++) {
                receivers.add(Receiver.start(specs[i].kind(), work.resolve(Integer.toString(i)), specs[i].options()));
            }
            receivers.forEach(Receiver::awaitEcho);
            List<Dcmtk.Result> sent = new ArrayList<>();
            for (Receiver receiver : receivers) {
                sent.add(sender.send(receiver.port()));
            }
            List<Received> received = new ArrayList<>();
            for (int i = 0; i < specs.length; i++) {
                Receiver receiver = receivers.get(i);
                receiver.stop();
                received.add(new Received(specs[i], receiver.files(), sent.get(i), receiver.standardError()));
            }
            return received;
        } finally {
            receivers.forEach(Receiver::close);
        }
    }
}
