package io.github.cameldicom.receiver;

import java.time.Duration;

/**
 * Where and how the receiver listens.
 *
 * @param port the TCP port (1..65535)
 * @param aeTitle our AE title ({@code -aet}, default {@code DCMRECV})
 * @param useCalledAeTitle answer with the AE title the caller called ({@code -uca})
 * @param acseTimeout timeout for ACSE messages ({@code -ta}, default 30 s)
 * @param dimseTimeout timeout for DIMSE messages ({@code -td}); {@link Duration#ZERO} means unlimited (default)
 * @param maxPduLength the largest PDU we receive ({@code -pdu}, 4096..131072, default 16384)
 * @param hostnameLookup look up the caller's host name for log messages (off with {@code -dhl})
 * @param maxAssociations how many associations are served at the same time ({@code --max-associations},
 *     default 25; dcmrecv serves one)
 */
public record NetworkSettings(
        int port,
        String aeTitle,
        boolean useCalledAeTitle,
        Duration acseTimeout,
        Duration dimseTimeout,
        int maxPduLength,
        boolean hostnameLookup,
        int maxAssociations) {
}
