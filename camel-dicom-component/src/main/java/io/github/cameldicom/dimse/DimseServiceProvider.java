package io.github.cameldicom.dimse;

import io.github.cameldicom.data.LogText;
import io.github.cameldicom.net.Association;
import io.github.cameldicom.net.AssociationService;
import io.github.cameldicom.net.PresentationContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * The DIMSE service user of an established association: reads each command, serves C-ECHO (Verification, PS3.4
 * Annex A) and C-STORE (Storage, PS3.4 Annex B), and refuses every other operation as PS3.7 §C.5 says.
 */
public final class DimseServiceProvider implements AssociationService {

    /** Verification SOP Class, PS3.4 Annex A.4. */
    public static final String VERIFICATION_SOP_CLASS = "1.2.840.10008.1.1";

    private static final Logger LOG = LoggerFactory.getLogger(DimseServiceProvider.class);

    private final CStoreScp storeScp;

    public DimseServiceProvider(CStoreHandler storeHandler) {
        this.storeScp = new CStoreScp(storeHandler);
    }

    @Override
    public void serve(Association association) throws IOException {
        for (Association.Command command; (command = association.readCommand()) != null; ) {
            CommandSet rq;
            try {
                rq = CommandSet.decode(command.bytes());
            } catch (DimseException e) {
                throw association.userAbort("undecodable command set: " + e.getMessage());
            }
            dispatch(association, command.presentationContext(), rq);
        }
    }

    private void dispatch(Association association, PresentationContext pc, CommandSet rq) throws IOException {
        CommandField field = CommandField.of(rq.commandField());
        if (field == CommandField.C_STORE_RQ) {
            if (LOG.isInfoEnabled()) {
                LOG.info("{}: << C-STORE-RQ (MsgID {}) for SOP instance {}", association.name(), rq.messageId(),
                        LogText.of(rq.affectedSopInstanceUid()));
            }
            storeScp.onCStoreRq(association, pc, rq);
        } else if (field == CommandField.C_ECHO_RQ) {
            onCEchoRq(association, pc, rq);
        } else if (field == CommandField.C_CANCEL_RQ) {
            // PS3.7 §9.3.2.3: C-CANCEL has no response; nothing we serve runs long enough to cancel.
            LOG.info("{}: << C-CANCEL-RQ (MsgID {}) ignored", association.name(), rq.messageIdBeingRespondedTo());
        } else if (field != null && field.isRequest()) {
            LOG.warn("{}: << {} (MsgID {}) is not supported", association.name(), field, rq.messageId());
            drainDataSet(association, pc, rq);
            association.sendCommand(pc, CommandSet.response(rq, Status.UNRECOGNIZED_OPERATION).encode());
        } else {
            throw association.userAbort("command field " + Integer.toHexString(rq.commandField())
                                        + "H is not a request an SCP can receive");
        }
    }

    private static void onCEchoRq(Association association, PresentationContext pc, CommandSet rq)
            throws IOException {
        LOG.info("{}: << C-ECHO-RQ (MsgID {})", association.name(), rq.messageId());
        drainDataSet(association, pc, rq);
        int status = VERIFICATION_SOP_CLASS.equals(pc.abstractSyntax()) ? Status.SUCCESS
                : Status.SOP_CLASS_NOT_SUPPORTED;
        association.sendCommand(pc, CommandSet.cEchoRsp(rq, status).encode());
        LOG.info("{}: >> C-ECHO-RSP (MsgID {}, {})", association.name(), rq.messageId(), Status.describe(status));
    }

    private static void drainDataSet(Association association, PresentationContext pc, CommandSet rq)
            throws IOException {
        if (rq.hasDataSet()) {
            association.openDataSet(pc).drain();
        }
    }
}
