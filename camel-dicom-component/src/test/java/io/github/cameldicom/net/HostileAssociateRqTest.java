package io.github.cameldicom.net;

import io.github.cameldicom.net.pdu.AAbort;
import io.github.cameldicom.net.pdu.AAssociateAc;
import io.github.cameldicom.net.pdu.AAssociateRj;
import io.github.cameldicom.net.pdu.PresentationContextAc;
import io.github.cameldicom.testing.CamelReceiver;
import io.github.cameldicom.testing.RawScu;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.github.cameldicom.net.AssociateRqBytes.aeTitle;
import static io.github.cameldicom.net.AssociateRqBytes.ctContext;
import static io.github.cameldicom.net.AssociateRqBytes.rq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * A-ASSOCIATE-RQs no conforming requestor sends, against the Camel receiver: each gets the answer PS3.8 gives, one
 * warning says why, the receiver serves the next association, and nothing reaches the route, the output or the
 * spool.
 *
 * <p>A request that breaks the PDU rules of PS3.8 §9.3.2 (Table 9-11 AE title encoding, Table 9-13 presentation
 * context ids, "one or more" Presentation Context Items) is an invalid PDU: Evt19 in Sta2, whose action AA-1 sends an
 * A-ABORT with the service-user source (Table 9-10). A well-formed request that names an AE title no AE can have is
 * the service user's to refuse, with A-ASSOCIATE-RJ (Table 9-21).
 */
class HostileAssociateRqTest extends HostileInputSupport {

    static Stream<Arguments> invalidRequests() {
        List<byte[]> all128 = IntStream.rangeClosed(0, 127).mapToObj(i -> ctContext(2 * i + 1)).toList();
        List<byte[]> over128 = new ArrayList<>(all128);
        over128.add(ctContext(1));
        byte[] spaces = aeTitle("");
        byte[] nuls = new byte[16];
        byte[] good = aeTitle("GOOD");
        return Stream.of(
                arguments("no presentation context", rq(List.of()), "has no Presentation Context Item"),
                arguments("129 presentation contexts", rq(over128), "presentation context id 1 twice"),
                arguments("duplicate id", rq(List.of(ctContext(1), ctContext(3), ctContext(1))),
                        "presentation context id 1 twice"),
                arguments("even id", rq(List.of(ctContext(1), ctContext(2))), "Presentation-context-ID 2 is not"),
                arguments("id 0", rq(List.of(ctContext(0))), "Presentation-context-ID 0 is not"),
                arguments("called AE all spaces", rq(spaces, good), "Called-AE-title at offset 4 is all spaces"),
                arguments("calling AE all spaces", rq(good, spaces), "Calling-AE-title at offset 20 is all spaces"),
                arguments("called AE all NULs", rq(nuls, good), "Called-AE-title has byte 0x00"),
                arguments("calling AE all NULs", rq(good, nuls), "Calling-AE-title has byte 0x00"),
                arguments("called AE with a line feed", rq(aeTitle("A\nB"), good), "Called-AE-title has byte 0x0A"),
                arguments("calling AE with ESC", rq(good, aeTitle("A\u001bB")), "Calling-AE-title has byte 0x1B"),
                arguments("called AE with DEL", rq(aeTitle("A\u007fB"), good), "Called-AE-title has byte 0x7F"),
                arguments("called AE in Latin-1", rq(aeTitle("CAF\u00c9"), good), "Called-AE-title has byte 0xC9"),
                arguments("calling AE in UTF-8", rq(good, aeTitle("CAF\u00c3\u00a9")),
                        "Calling-AE-title has byte 0xC3"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequests")
    void invalidRequestIsAbortedAsAnInvalidPdu(String name, byte[] rq, String why) throws Exception {
        try (RawScu scu = receiver.connect()) {
            scu.sendRaw(rq);
            AAbort abort = assertInstanceOf(AAbort.class, scu.read());
            assertEquals(AAbort.Source.SERVICE_USER, abort.source(), "AA-1 in Sta2 sends a service-user abort");
        }
        assertReceiverUnharmed("invalid PDU instead of A-ASSOCIATE-RQ", why);
    }

    static Stream<Arguments> aeTitlesWithBackslash() {
        byte[] good = aeTitle("GOOD");
        return Stream.of(
                arguments("called", rq(aeTitle("CAMEL\\SCP"), good), AAssociateRj.Reason.CALLED_AE_TITLE_NOT_RECOGNIZED),
                arguments("calling", rq(aeTitle(CamelReceiver.AE_TITLE), aeTitle("A\\B")),
                        AAssociateRj.Reason.CALLING_AE_TITLE_NOT_RECOGNIZED));
    }

    /**
     * A backslash is ISO 646 G0, so the PDU is well formed, but the AE VR excludes it (PS3.5 Table 6.2-1): no AE has
     * such a title, and written into Source AE Title (0002,0016) it would read as two values.
     */
    @ParameterizedTest(name = "{0} AE title")
    @MethodSource("aeTitlesWithBackslash")
    void aeTitleWithABackslashIsRejected(String which, byte[] rq, AAssociateRj.Reason reason) throws Exception {
        try (RawScu scu = receiver.connect()) {
            scu.sendRaw(rq);
            AAssociateRj rj = assertInstanceOf(AAssociateRj.class, scu.read());
            assertEquals(AAssociateRj.Result.REJECTED_PERMANENT, rj.result());
            assertEquals(AAssociateRj.Source.SERVICE_USER, rj.source());
            assertEquals(reason, rj.reason());
            assertTrue(scu.awaitClose(), "A-ASSOCIATE-RJ is followed by the acceptor closing the connection");
        }
        assertReceiverUnharmed();
        List<String> rejections = log.lines().stream().filter(l -> l.contains(">> A-ASSOCIATE-RJ")).toList();
        assertEquals(1, rejections.size(), rejections.toString());
        assertTrue(rejections.get(0).contains(which + " AE title") && rejections.get(0).contains("backslash"),
                rejections.get(0));
    }

    /** The boundary: every one of the 128 odd ids is allowed, and each context gets its answer. */
    @Test
    void all128PresentationContextsAreAnswered() throws Exception {
        try (RawScu scu = receiver.connect()) {
            scu.sendRaw(rq(IntStream.rangeClosed(0, 127).mapToObj(i -> ctContext(2 * i + 1)).toList()));
            AAssociateAc ac = assertInstanceOf(AAssociateAc.class, scu.read());
            assertEquals(IntStream.rangeClosed(0, 127).map(i -> 2 * i + 1).boxed().toList(),
                    ac.presentationContexts().stream().map(PresentationContextAc::presentationContextId).toList());
            assertTrue(ac.presentationContexts().stream().allMatch(PresentationContextAc::isAccepted));
            scu.release();
        }
        assertReceiverUnharmed();
    }
}
