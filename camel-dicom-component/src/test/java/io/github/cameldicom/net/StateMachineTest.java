package io.github.cameldicom.net;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PS3.8 Table 9-10, one case per filled cell, written row by row as the standard prints it. */
class StateMachineTest {

    /**
     * Each row: the event, then the action in Sta1..Sta13 ("-" for an empty cell). Transcribed from Table 9-10.
     */
    private static final String[] TABLE_9_10 = {
        //       Sta1  Sta2  Sta3  Sta4  Sta5  Sta6  Sta7  Sta8  Sta9  Sta10 Sta11 Sta12 Sta13
        "Evt1    AE-1  -     -     -     -     -     -     -     -     -     -     -     -",
        "Evt2    -     -     -     AE-2  -     -     -     -     -     -     -     -     -",
        "Evt3    -     AA-1  AA-8  -     AE-3  AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-6",
        "Evt4    -     AA-1  AA-8  -     AE-4  AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-6",
        "Evt5    AE-5  -     -     -     -     -     -     -     -     -     -     -     -",
        "Evt6    -     AE-6  AA-8  -     AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-7",
        "Evt7    -     -     AE-7  -     -     -     -     -     -     -     -     -     -",
        "Evt8    -     -     AE-8  -     -     -     -     -     -     -     -     -     -",
        "Evt9    -     -     -     -     -     DT-1  -     AR-7  -     -     -     -     -",
        "Evt10   -     AA-1  AA-8  -     AA-8  DT-2  AR-6  AA-8  AA-8  AA-8  AA-8  AA-8  AA-6",
        "Evt11   -     -     -     -     -     AR-1  -     -     -     -     -     -     -",
        "Evt12   -     AA-1  AA-8  -     AA-8  AR-2  AR-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-6",
        "Evt13   -     AA-1  AA-8  -     AA-8  AA-8  AR-3  AA-8  AA-8  AR-10 AR-3  AA-8  AA-6",
        "Evt14   -     -     -     -     -     -     -     AR-4  AR-9  -     -     AR-4  -",
        "Evt15   -     -     AA-1  AA-2  AA-1  AA-1  AA-1  AA-1  AA-1  AA-1  AA-1  AA-1  -",
        "Evt16   -     AA-2  AA-3  -     AA-3  AA-3  AA-3  AA-3  AA-3  AA-3  AA-3  AA-3  AA-2",
        "Evt17   -     AA-5  AA-4  AA-4  AA-4  AA-4  AA-4  AA-4  AA-4  AA-4  AA-4  AA-4  AR-5",
        "Evt18   -     AA-2  -     -     -     -     -     -     -     -     -     -     AA-2",
        "Evt19   -     AA-1  AA-8  -     AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-7",
    };

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (String row : TABLE_9_10) {
            String[] f = row.trim().split("\\s+");
            Event event = Event.valueOf(f[0]);
            for (int s = 1; s < f.length; s++) {
                State state = State.valueOf("Sta" + s);
                cells.add(Arguments.of(event, state, f[s].equals("-") ? null : Action.valueOf(f[s].replace('-', '_'))));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @MethodSource("cells")
    void everyCellOfTable9_10(Event event, State state, Action expected) {
        assertEquals(expected != null, StateMachine.isListed(state, event));
        assertEquals(expected != null ? expected : Action.AA_8, StateMachine.actionFor(state, event));
    }

    @Test
    void acceptorPathThroughEstablishmentAndRelease() {
        StateMachine sm = new StateMachine();
        assertEquals(Action.AE_5, sm.fire(Event.Evt5));
        assertEquals(State.Sta2, sm.state());
        assertEquals(Action.AE_6, sm.fire(Event.Evt6));
        assertEquals(State.Sta2, sm.state(), "AE-6 leaves the choice of Sta3 or Sta13 to the caller");
        sm.enter(State.Sta3);
        assertEquals(Action.AE_7, sm.fire(Event.Evt7));
        assertEquals(State.Sta6, sm.state());
        assertEquals(Action.DT_2, sm.fire(Event.Evt10));
        assertEquals(Action.DT_1, sm.fire(Event.Evt9));
        assertEquals(State.Sta6, sm.state());
        assertEquals(Action.AR_2, sm.fire(Event.Evt12));
        assertEquals(State.Sta8, sm.state());
        assertEquals(Action.AR_4, sm.fire(Event.Evt14));
        assertEquals(State.Sta13, sm.state());
        assertEquals(Action.AR_5, sm.fire(Event.Evt17));
        assertEquals(State.Sta1, sm.state());
    }

    @Test
    void rejectWaitsForCloseUnderArtim() {
        StateMachine sm = new StateMachine();
        sm.fire(Event.Evt5);
        sm.fire(Event.Evt6);
        sm.enter(State.Sta3);
        assertEquals(Action.AE_8, sm.fire(Event.Evt8));
        assertEquals(State.Sta13, sm.state());
        assertEquals(Action.AA_2, sm.fire(Event.Evt18));
        assertEquals(State.Sta1, sm.state());
    }

    @Test
    void emptyCellIsTreatedAsProtocolError() {
        StateMachine sm = new StateMachine();
        sm.fire(Event.Evt5);
        assertFalse(StateMachine.isListed(State.Sta2, Event.Evt9));
        assertEquals(Action.AA_8, sm.fire(Event.Evt9));
        assertEquals(State.Sta13, sm.state());
        assertTrue(StateMachine.isListed(State.Sta13, Event.Evt17));
    }
}
