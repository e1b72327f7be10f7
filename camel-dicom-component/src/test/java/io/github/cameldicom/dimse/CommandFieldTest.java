package io.github.cameldicom.dimse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command field values of PS3.7 Table E.1-1. */
class CommandFieldTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0001, C-STORE-RQ, 8001, C-STORE-RSP",
            "0010, C-GET-RQ, 8010, C-GET-RSP",
            "0020, C-FIND-RQ, 8020, C-FIND-RSP",
            "0021, C-MOVE-RQ, 8021, C-MOVE-RSP",
            "0030, C-ECHO-RQ, 8030, C-ECHO-RSP",
            "0100, N-EVENT-REPORT-RQ, 8100, N-EVENT-REPORT-RSP",
            "0110, N-GET-RQ, 8110, N-GET-RSP",
            "0120, N-SET-RQ, 8120, N-SET-RSP",
            "0130, N-ACTION-RQ, 8130, N-ACTION-RSP",
            "0140, N-CREATE-RQ, 8140, N-CREATE-RSP",
            "0150, N-DELETE-RQ, 8150, N-DELETE-RSP"
    })
    void requestAndResponse(String rqCode, String rqName, String rspCode, String rspName) {
        CommandField rq = CommandField.of(Integer.parseInt(rqCode, 16));
        CommandField rsp = CommandField.of(Integer.parseInt(rspCode, 16));

        assertEquals(rqName, rq.messageName());
        assertEquals(rspName, rsp.messageName());
        assertTrue(rq.isRequest());
        assertFalse(rsp.isRequest());
        assertSame(rsp, rq.response());
    }

    @Test
    void cCancelIsARequestWithoutResponse() {
        CommandField cancel = CommandField.of(0x0FFF);

        assertSame(CommandField.C_CANCEL_RQ, cancel);
        assertTrue(cancel.isRequest());
        assertThrows(IllegalStateException.class, cancel::response);
    }

    @ParameterizedTest
    @EnumSource(CommandField.class)
    void codeRoundTrips(CommandField field) {
        assertSame(field, CommandField.of(field.code()));
    }

    @Test
    void responsesHaveNoResponse() {
        assertThrows(IllegalStateException.class, CommandField.C_STORE_RSP::response);
    }

    @Test
    void unknownCodeIsNull() {
        assertNull(CommandField.of(0x0000));
        assertNull(CommandField.of(0x0031));
        assertNull(CommandField.of(0x8FFF));
        assertNull(CommandField.of(-1));
    }
}
