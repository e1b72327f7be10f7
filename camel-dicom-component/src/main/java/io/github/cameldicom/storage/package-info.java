/**
 * Storage processors: the subdirectory and file name schemes of DCMTK 3.6.7's {@code dcmrecv} ({@code -s},
 * {@code +ssd}; {@code +fd}, {@code +fu}, {@code +fsu}, {@code +fst}; {@code -fe}) as a Camel
 * {@link org.apache.camel.Processor}, {@link io.github.cameldicom.storage.DicomFileNameProcessor}. It turns the
 * headers of one received instance into a relative path with {@code /} separators and sets it as
 * {@code CamelFileName} and {@code CamelDicomRelativePath}, so that the same processor serves {@code file:}, S3 and
 * any other endpoint that takes a name. {@link io.github.cameldicom.storage.SpoolFileHandover} lets the {@code file:}
 * endpoint that follows rename a spooled instance into place instead of copying it.
 *
 * <p>Headers are not trusted: whatever arrives in them, a computed path never leaves the output directory (see
 * {@link io.github.cameldicom.storage.NameSafety}).
 */
package io.github.cameldicom.storage;
