package io.github.cameldicom.profile;

/**
 * An association profile file or profile that cannot be used (dcmrecv {@code -xf}; dcmrecv exits with 66,
 * "invalid association configuration"). The message names the file, the section and the key at fault.
 */
public class ProfileException extends Exception {

    private static final long serialVersionUID = 1L;

    public ProfileException(String message) {
        super(message);
    }
}
