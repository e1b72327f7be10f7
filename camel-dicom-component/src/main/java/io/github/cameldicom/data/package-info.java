/**
 * DICOM data encoding: tags, value representations, transfer syntaxes, the Storage SOP Class registry, a streaming
 * data element reader and the Part 10 file writer. Written from DICOM PS3.5, PS3.6 and PS3.10 (2025b edition).
 * Never imports Camel.
 */
package io.github.cameldicom.data;
