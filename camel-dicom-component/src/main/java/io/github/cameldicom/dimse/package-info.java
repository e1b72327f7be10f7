/**
 * DICOM Message Service Element: command sets, status codes and the C-ECHO and C-STORE service class provider.
 * Written from DICOM PS3.7 (2025b edition). Never imports Camel.
 */
package io.github.cameldicom.dimse;
