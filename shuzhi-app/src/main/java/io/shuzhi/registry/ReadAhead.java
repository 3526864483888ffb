package io.shuzhi.registry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@link SheetReader#read} with the reading on a second thread: unzipping and parsing the sheet XML is about half
 * of an import's Java work, so on a multi-core machine it overlaps with checking, encrypting and sending the rows,
 * which stay on the caller's thread (and its transaction). Rows arrive in order, in batches through a small
 * bounded queue, so memory stays flat; a failure of the reader is rethrown to the caller as it was thrown.
 */
final class ReadAhead {

    private static final int BATCH = 256;
    private static final int BATCHES = 16;
    private static final Object END = new Object();

    private record Row(int number, List<String> cells) {
    }

    private record Failure(Throwable cause) {
    }

    /** Thrown inside the reader thread to stop it once the caller has given up. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES);
    private volatile boolean stopped;
    private List<Row> batch = new ArrayList<>(BATCH); // the reader thread's

    private ReadAhead() {
    }

    static void read(Path file, String fileName, SheetReader.RowHandler handler) {
        new ReadAhead().run(file, fileName, handler);
    }

    private void run(Path file, String fileName, SheetReader.RowHandler handler) {
        Thread reader = new Thread(() -> produce(file, fileName), "sheet-read-ahead");
        reader.setDaemon(true);
        reader.start();
        try {
            consume(handler);
        } finally {
            stopped = true;
            queue.clear(); // unblocks a reader waiting for room
            try {
                reader.join(); // the upload's temp file is deleted after this returns: let the reader close it first
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void consume(SheetReader.RowHandler handler) {
        while (true) {
            Object next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the file", e);
            }
            if (next == END) {
                return;
            }
            if (next instanceof Failure f) {
                if (f.cause() instanceof RuntimeException r) {
                    throw r;
                }
                throw (Error) f.cause();
            }
            @SuppressWarnings("unchecked")
            List<Row> batch = (List<Row>) next;
            for (Row row : batch) {
                handler.row(row.number(), row.cells());
            }
        }
    }

    private void produce(Path file, String fileName) {
        try {
            SheetReader.read(file, fileName, (number, cells) -> {
                batch.add(new Row(number, cells));
                if (batch.size() == BATCH) {
                    put(batch);
                    batch = new ArrayList<>(BATCH);
                }
            });
            if (!batch.isEmpty()) {
                put(batch);
            }
            put(END);
        } catch (Stopped e) {
            // the caller has failed or finished; nobody is waiting
        } catch (RuntimeException | Error e) {
            try {
                put(new Failure(e));
            } catch (Stopped ignored) {
                // nobody is waiting
            }
        }
    }

    private void put(Object item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
        if (stopped) {
            throw new Stopped();
        }
    }
}
