/**
 * The receiver's command line: dcmrecv's (DCMTK 3.6.7), read with dcmrecv's semantics, turned into
 * {@link io.github.cameldicom.receiver.ReceiverSettings} and the Camel properties of the receiver's YAML routes.
 *
 * <p>Start with {@link io.github.cameldicom.receiver.DcmrecvCommandLine#parse(String...)}; its
 * {@link io.github.cameldicom.receiver.CommandLineResult} says whether to run, to print and exit, or to refuse the
 * command line. Before listening, run {@link io.github.cameldicom.receiver.ReceiverSettings#validate()} and log
 * {@link io.github.cameldicom.receiver.ReceiverSettings#startupWarnings()}, as dcmrecv does; exit codes are in
 * {@link io.github.cameldicom.receiver.ExitCodes}. Nothing here needs Camel.
 */
package io.github.cameldicom.receiver;
