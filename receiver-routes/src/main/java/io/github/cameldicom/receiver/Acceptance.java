package io.github.cameldicom.receiver;

import java.nio.file.Path;

/** Which presentation contexts the receiver accepts. */
public sealed interface Acceptance permits Acceptance.VerificationOnly, Acceptance.Profile, Acceptance.AllStorage {

    /** The value of this setting in the receiver's Camel properties. */
    String propertyValue();

    /** Verification only, in the default transfer syntax: dcmrecv without {@code -xf}. */
    record VerificationOnly() implements Acceptance {

        @Override
        public String propertyValue() {
            return "verification";
        }
    }

    /** A DCMTK association negotiation profile: dcmrecv {@code -xf file profile}. */
    record Profile(Path file, String name) implements Acceptance {

        @Override
        public String propertyValue() {
            return "profile";
        }
    }

    /** Every Storage SOP Class in every transfer syntax: our {@code --accept-all}. */
    record AllStorage() implements Acceptance {

        @Override
        public String propertyValue() {
            return "storage";
        }
    }
}
