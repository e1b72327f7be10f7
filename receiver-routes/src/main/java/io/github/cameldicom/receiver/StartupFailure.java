package io.github.cameldicom.receiver;

/**
 * Why the receiver cannot start: the exit code (see {@link ExitCodes}) and the message dcmrecv logs at level fatal
 * ({@code F: ...}) before it exits.
 */
public record StartupFailure(int exitCode, String message) {
}
