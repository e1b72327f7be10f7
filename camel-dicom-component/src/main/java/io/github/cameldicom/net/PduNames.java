package io.github.cameldicom.net;

import io.github.cameldicom.net.pdu.AAbort;
import io.github.cameldicom.net.pdu.AAssociateAc;
import io.github.cameldicom.net.pdu.AAssociateRj;
import io.github.cameldicom.net.pdu.AAssociateRq;
import io.github.cameldicom.net.pdu.AReleaseRp;
import io.github.cameldicom.net.pdu.AReleaseRq;
import io.github.cameldicom.net.pdu.Pdu;

/** The standard's names of the PDU types, for logs. PS3.8 §9.3.1. */
final class PduNames {

    private PduNames() {
    }

    static String of(Pdu pdu) {
        if (pdu instanceof AAssociateRq) {
            return "A-ASSOCIATE-RQ";
        } else if (pdu instanceof AAssociateAc) {
            return "A-ASSOCIATE-AC";
        } else if (pdu instanceof AAssociateRj) {
            return "A-ASSOCIATE-RJ";
        } else if (pdu instanceof AReleaseRq) {
            return "A-RELEASE-RQ";
        } else if (pdu instanceof AReleaseRp) {
            return "A-RELEASE-RP";
        } else if (pdu instanceof AAbort) {
            return "A-ABORT";
        }
        return "P-DATA-TF";
    }
}
