package io.github.cameldicom.net;

import io.github.cameldicom.net.pdu.AAssociateAc;
import io.github.cameldicom.net.pdu.AAssociateRj;

import java.util.Map;

/** The outcome of negotiating one A-ASSOCIATE-RQ: what to answer, as a value. */
public sealed interface Negotiation {

    /** Accept: the A-ASSOCIATE-AC to send and the contexts it accepts, by presentation context id. */
    record Accepted(AAssociateAc ac, Map<Integer, PresentationContext> contexts) implements Negotiation {
        public Accepted {
            contexts = Map.copyOf(contexts);
        }
    }

    /** Reject: the A-ASSOCIATE-RJ to send and why, in words for the log. */
    record Rejected(AAssociateRj rj, String why) implements Negotiation {
    }
}
