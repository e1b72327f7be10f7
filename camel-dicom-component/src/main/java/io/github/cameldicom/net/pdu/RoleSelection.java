package io.github.cameldicom.net.pdu;

/**
 * SCP/SCU Role Selection Sub-Item (item type 54H). PS3.7 Annex D.3.3.4, Table D.3-9 (RQ) and D.3-10 (AC).
 *
 * @param sopClassUid the SOP class the roles apply to
 * @param scuRole     in an RQ: the requestor proposes to be SCU; in an AC: the acceptor accepts that proposal
 * @param scpRole     in an RQ: the requestor proposes to be SCP; in an AC: the acceptor accepts that proposal
 */
public record RoleSelection(String sopClassUid, boolean scuRole, boolean scpRole) {
}
