package io.github.cameldicom.net;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

import static io.github.cameldicom.net.Action.*;
import static io.github.cameldicom.net.Event.*;
import static io.github.cameldicom.net.State.*;

/**
 * The Upper Layer protocol machine of one association: the state transition table of PS3.8 §9.2.3, Table 9-10, kept
 * as data, one entry per (event, state) cell that the table fills. Not thread-safe: it belongs to the association's
 * thread.
 */
public final class StateMachine {

    private static final Map<Event, Map<State, Action>> TABLE = buildTable();

    private State state = Sta1;

    public State state() {
        return state;
    }

    /**
     * Fires an event: returns the action the table names for the current state and enters that action's next state.
     * For AE-6 and AR-8 the caller decides the next state with {@link #enter(State)}. A cell the table leaves empty
     * means the event is not valid in this state; it is treated as a protocol error and answered with AA-8.
     */
    public Action fire(Event event) {
        Action action = actionFor(state, event);
        if (action.nextState() != null) {
            state = action.nextState();
        }
        return action;
    }

    /** Enters the state chosen by a conditional action (AE-6, AR-8). */
    public void enter(State next) {
        state = next;
    }

    /** The action of one cell of Table 9-10; empty cells give AA-8. */
    public static Action actionFor(State state, Event event) {
        Action action = TABLE.getOrDefault(event, Map.of()).get(state);
        return action != null ? action : AA_8;
    }

    /** Whether Table 9-10 fills the cell, as opposed to the AA-8 fallback for empty cells. */
    public static boolean isListed(State state, Event event) {
        return TABLE.getOrDefault(event, Map.of()).containsKey(state);
    }

    private static Map<Event, Map<State, Action>> buildTable() {
        Map<Event, Map<State, Action>> t = new EnumMap<>(Event.class);
        row(t, Evt1, Sta1, AE_1);
        row(t, Evt2, Sta4, AE_2);
        // A PDU that is out of place: AA-1 before the association exists, AA-8 while it does, AA-6 after it ended.
        row(t, Evt3, Sta2, AA_1);
        row(t, Evt3, Sta5, AE_3);
        outOfPlace(t, Evt3);
        row(t, Evt4, Sta2, AA_1);
        row(t, Evt4, Sta5, AE_4);
        outOfPlace(t, Evt4);
        row(t, Evt5, Sta1, AE_5);
        row(t, Evt6, Sta2, AE_6);
        outOfPlace(t, Evt6);
        row(t, Evt6, Sta13, AA_7);
        row(t, Evt7, Sta3, AE_7);
        row(t, Evt8, Sta3, AE_8);
        row(t, Evt9, Sta6, DT_1);
        row(t, Evt9, Sta8, AR_7);
        row(t, Evt10, Sta2, AA_1);
        outOfPlace(t, Evt10);
        row(t, Evt10, Sta6, DT_2);
        row(t, Evt10, Sta7, AR_6);
        row(t, Evt11, Sta6, AR_1);
        row(t, Evt12, Sta2, AA_1);
        outOfPlace(t, Evt12);
        row(t, Evt12, Sta6, AR_2);
        row(t, Evt12, Sta7, AR_8);
        row(t, Evt13, Sta2, AA_1);
        outOfPlace(t, Evt13);
        row(t, Evt13, Sta7, AR_3);
        row(t, Evt13, Sta10, AR_10);
        row(t, Evt13, Sta11, AR_3);
        row(t, Evt14, Sta8, AR_4);
        row(t, Evt14, Sta9, AR_9);
        row(t, Evt14, Sta12, AR_4);
        row(t, Evt15, Sta3, AA_1);
        row(t, Evt15, Sta4, AA_2);
        rows(t, Evt15, range(Sta5, Sta12), AA_1);
        row(t, Evt16, Sta2, AA_2);
        row(t, Evt16, Sta3, AA_3);
        rows(t, Evt16, range(Sta5, Sta12), AA_3);
        row(t, Evt16, Sta13, AA_2);
        row(t, Evt17, Sta2, AA_5);
        rows(t, Evt17, range(Sta3, Sta12), AA_4);
        row(t, Evt17, Sta13, AR_5);
        row(t, Evt18, Sta2, AA_2);
        row(t, Evt18, Sta13, AA_2);
        row(t, Evt19, Sta2, AA_1);
        row(t, Evt19, Sta3, AA_8);
        rows(t, Evt19, range(Sta5, Sta12), AA_8);
        row(t, Evt19, Sta13, AA_7);
        t.replaceAll((e, m) -> Collections.unmodifiableMap(m));
        return Collections.unmodifiableMap(t);
    }

    /** The common shape of Table 9-10 for a received PDU that is not expected: AA-8 in Sta3..Sta12, AA-6 in Sta13. */
    private static void outOfPlace(Map<Event, Map<State, Action>> t, Event event) {
        Map<State, Action> cells = t.computeIfAbsent(event, e -> new EnumMap<>(State.class));
        cells.putIfAbsent(Sta3, AA_8);
        range(Sta5, Sta12).forEach(s -> cells.putIfAbsent(s, AA_8));
        cells.putIfAbsent(Sta13, AA_6);
    }

    /** The states from {@code first} to {@code last}, as Table 9-10 spans them. */
    private static EnumSet<State> range(State first, State last) {
        return EnumSet.range(first, last);
    }

    private static void rows(Map<Event, Map<State, Action>> t, Event event, EnumSet<State> states, Action action) {
        states.forEach(s -> row(t, event, s, action));
    }

    private static void row(Map<Event, Map<State, Action>> t, Event event, State state, Action action) {
        t.computeIfAbsent(event, e -> new EnumMap<>(State.class)).put(state, action);
    }
}
