/**
 * Beans of the receiver's YAML routes other than the folder route: object keys and metadata for object storage
 * ({@code receive-to-s3}), the per-instance event of the queue and Kafka routes, and the embedded broker of the
 * queue route. Each is a small {@link org.apache.camel.Processor} or bean configured by properties from YAML, like
 * the component's own {@link io.github.cameldicom.storage.DicomFileNameProcessor}.
 *
 * <p>Headers are not trusted: a value that could not safely be part of a key or a message is rejected, failing the
 * exchange (the sender is told 0xA700), never repaired.
 */
package io.github.cameldicom.receiver.routes;
