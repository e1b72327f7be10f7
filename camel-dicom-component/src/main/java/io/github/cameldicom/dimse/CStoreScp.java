package io.github.cameldicom.dimse;

import io.github.cameldicom.data.LogText;
import io.github.cameldicom.data.Uids;
import io.github.cameldicom.net.Association;
import io.github.cameldicom.net.AssociationAbortedException;
import io.github.cameldicom.net.PDataInputStream;
import io.github.cameldicom.net.PresentationContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * The Storage Service Class SCP behaviour for one C-STORE-RQ: check the command, stream the data set to the
 * {@link CStoreHandler}, and answer with its status. PS3.4 Annex B.2, PS3.7 §9.1.1.
 *
 * <p>The command's UIDs are the peer's bytes, whatever they hold: every log line shows them through {@link LogText}.
 */
public final class CStoreScp {

    private static final Logger LOG = LoggerFactory.getLogger(CStoreScp.class);

    private final CStoreHandler handler;

    public CStoreScp(CStoreHandler handler) {
        this.handler = handler;
    }

    public void onCStoreRq(Association association, PresentationContext pc, CommandSet rq) throws IOException {
        if (!rq.hasDataSet()) {
            // PS3.7 Table 9.1-1: a C-STORE-RQ always carries the data set; without it nothing can be stored.
            respond(association, pc, rq, StoreResult.failure(Status.CANNOT_UNDERSTAND, "C-STORE-RQ without data set"));
            return;
        }
        PDataInputStream dataSet = association.openDataSet(pc);
        StoreResult result = check(pc, rq);
        if (result == null) {
            result = store(association, pc, rq, dataSet);
        } else {
            LOG.warn("{}: C-STORE-RQ (MsgID {}) for SOP class {}, instance {} refused with {}: {}",
                    association.name(), rq.messageId(), LogText.of(rq.affectedSopClassUid()),
                    LogText.of(rq.affectedSopInstanceUid()), Status.hex(result.status()), result.errorComment());
        }
        if (dataSet.failure() != null) {
            throw dataSet.failure();
        }
        if (!dataSet.isComplete()) {
            dataSet.drain();
        }
        respond(association, pc, rq, result);
    }

    /** Command checks that need no data set; null when the request may go to the handler. */
    private static StoreResult check(PresentationContext pc, CommandSet rq) {
        String sopClass = rq.affectedSopClassUid();
        String sopInstance = rq.affectedSopInstanceUid();
        if (sopClass == null) {
            return StoreResult.failure(Status.CANNOT_UNDERSTAND, "no Affected SOP Class UID");
        }
        // Negotiation accepted the abstract syntax as a UID, so a value that is not one never matches it.
        if (!sopClass.equals(pc.abstractSyntax())) {
            return StoreResult.failure(Status.SOP_CLASS_NOT_SUPPORTED,
                    "SOP class differs from the presentation context");
        }
        if (sopInstance == null || !Uids.isValid(sopInstance)) {
            return StoreResult.failure(Status.INVALID_OBJECT_INSTANCE, "invalid Affected SOP Instance UID");
        }
        return null;
    }

    private StoreResult store(Association association, PresentationContext pc, CommandSet rq,
                              PDataInputStream dataSet) throws IOException {
        StoreRequest request = new StoreRequest(association.info(), pc, rq);
        try {
            return handler.store(request, dataSet);
        } catch (AssociationAbortedException e) {
            throw e;
        } catch (IOException e) {
            if (dataSet.failure() != null) {
                throw dataSet.failure();
            }
            LOG.warn("{}: storing SOP instance {} failed: {}", association.name(),
                    LogText.of(rq.affectedSopInstanceUid()), e.toString());
            return StoreResult.failure(Status.REFUSED_OUT_OF_RESOURCES, "storage failed");
        }
    }

    /**
     * Sends the response and logs it at INFO, one line per message as for every PDU: a failure was already warned
     * about, once, by whoever decided it (the command checks above, or the handler).
     */
    private static void respond(Association association, PresentationContext pc, CommandSet rq, StoreResult result)
            throws IOException {
        CommandSet rsp = CommandSet.cStoreRsp(rq, result.status(), result.errorComment());
        association.sendCommand(pc, rsp.encode());
        if (!LOG.isInfoEnabled()) {
            return;
        }
        if (Status.category(result.status()) == Status.Category.SUCCESS) {
            LOG.info("{}: >> C-STORE-RSP (MsgID {}, {}) for SOP instance {}", association.name(), rq.messageId(),
                    Status.describe(result.status()), LogText.of(rq.affectedSopInstanceUid()));
        } else {
            LOG.info("{}: >> C-STORE-RSP (MsgID {}, {} {}{}) for SOP instance {}", association.name(),
                    rq.messageId(), Status.hex(result.status()), Status.describe(result.status()),
                    result.errorComment() != null ? ": " + result.errorComment() : "",
                    LogText.of(rq.affectedSopInstanceUid()));
        }
    }
}
