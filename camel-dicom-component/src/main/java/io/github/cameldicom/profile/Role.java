package io.github.cameldicom.profile;

/**
 * A role of an {@code [[SCPSCURoleSelection]]} list ({@code Role1 = SOPClass\SCU|SCP|BOTH}): the roles the
 * association <em>requestor</em> may take for the SOP class, as in DCMTK's {@code T_ASC_SC_ROLE}. It decides the
 * SCP/SCU Role Selection Sub-Item of the A-ASSOCIATE-AC, PS3.7 Annex D.3.3.4, Table D.3-10.
 */
enum Role {
    SCU(true, false),
    SCP(false, true),
    BOTH(true, true);

    private final boolean scu;
    private final boolean scp;

    Role(boolean scu, boolean scp) {
        this.scu = scu;
        this.scp = scp;
    }

    /** Whether the requestor may be SCU. */
    boolean allowsScu() {
        return scu;
    }

    /** Whether the requestor may be SCP. */
    boolean allowsScp() {
        return scp;
    }
}
