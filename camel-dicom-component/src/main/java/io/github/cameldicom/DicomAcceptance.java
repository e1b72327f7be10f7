package io.github.cameldicom;

/** Which presentation contexts the consumer accepts. */
public enum DicomAcceptance {

    /** Verification and every Storage SOP Class of the standard, in every transfer syntax (the default). */
    storage,
    /** Verification only: what dcmrecv accepts without a profile file. */
    verification,
    /** A DCMTK association profile: options profileFile and profileName (dcmrecv {@code -xf FILE PROFILE}). */
    profile
}
