package io.github.cameldicom.net;

import java.net.InetSocketAddress;
import java.util.Map;

/**
 * What is known about an established association: the parties, where the peer connects from and the negotiated
 * limits. Immutable; handed to services so that they never need the association itself.
 *
 * @param name              log name {@code CALLING->CALLED(serial)}
 * @param serial            this acceptor's running number of the association
 * @param callingAeTitle    the requestor's AE title
 * @param calledAeTitle     the AE title the requestor addressed
 * @param remoteAddress     the peer's socket address
 * @param remoteHostName    the peer's host name from a reverse lookup, or its address when lookups are off
 * @param localAddress      the local socket address the peer connected to
 * @param peerMaxPduLength  the largest P-DATA-TF variable field the peer accepts; 0 means no limit
 * @param peerImplementationClassUid    the peer's implementation class UID, or null
 * @param peerImplementationVersionName the peer's implementation version name, or null
 * @param contexts          the accepted presentation contexts by id
 */
public record AssociationInfo(String name, long serial, String callingAeTitle, String calledAeTitle,
                              InetSocketAddress remoteAddress, String remoteHostName, InetSocketAddress localAddress,
                              long peerMaxPduLength, String peerImplementationClassUid,
                              String peerImplementationVersionName, Map<Integer, PresentationContext> contexts) {

    public AssociationInfo {
        contexts = Map.copyOf(contexts);
    }
}
