/**
 * Receiving one instance: its data set streamed into a Part 10 file in memory or on disk while the attributes
 * needed for headers and naming are parsed on the fly. Never imports Camel.
 */
package io.github.cameldicom.spool;
