package io.github.cameldicom.net;

/**
 * A presentation context accepted on an association: what DIMSE messages on it carry and how their data sets are
 * encoded. PS3.8 §7.1.1.13.
 */
public record PresentationContext(int presentationContextId, String abstractSyntax, String transferSyntax) {
}
