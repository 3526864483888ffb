package io.shuzhi.registry;

import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of running imports, for the progress bar. Kept in memory: an import runs on the node that received
 * the upload, and a finished one is only kept until it has been looked at a few times or the node restarts.
 */
@Component
class ImportProgress {

    private static final int KEEP = 200;
    private final Map<String, Tracker> trackers = new ConcurrentHashMap<>();

    Tracker start(long callerId, String table, long totalBytes) {
        if (trackers.size() > KEEP) {
            trackers.values().removeIf(t -> t.result != null);
        }
        Tracker t = new Tracker(UUID.randomUUID().toString(), callerId, table);
        trackers.put(t.id, t);
        return t;
    }

    Optional<Tracker> find(String id, long callerId) {
        return Optional.ofNullable(trackers.get(id)).filter(t -> t.callerId == callerId);
    }

    static final class Tracker {
        final String id;
        final long callerId;
        final String table;
        final AtomicLong rows = new AtomicLong();
        volatile ImportResult result;
        volatile String failure;

        Tracker(String id, long callerId, String table) {
            this.id = id;
            this.callerId = callerId;
            this.table = table;
        }

        boolean done() {
            return result != null || failure != null;
        }
    }
}
