package io.github.cameldicom.storage;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The relative paths handed to exchanges that have not completed yet. A name is only on disk once the route has
 * written it, so between naming and writing the file system cannot tell two concurrent exchanges apart; this set can.
 * One per processor: processors that write to the same directory should be the same bean.
 */
final class NameReservations {

    private final Set<String> reserved = ConcurrentHashMap.newKeySet();

    /** Reserves the name; false if an unfinished exchange holds it already. */
    boolean reserve(String relativePath) {
        return reserved.add(relativePath);
    }

    void release(String relativePath) {
        reserved.remove(relativePath);
    }

    int size() {
        return reserved.size();
    }
}
