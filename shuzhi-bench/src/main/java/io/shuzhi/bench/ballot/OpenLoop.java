package io.shuzhi.bench.ballot;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * Sends requests on a fixed schedule (request i at start + i / rate), whatever the server's pace, for a bounded
 * count and time. At most {@code maxInFlight} requests are outstanding; when the server falls that far behind, the
 * schedule waits and the wait shows in the latencies (measured from the intended send time).
 */
public final class OpenLoop {

    /** What to send at step i (one request, or several sent at the same instant) and what to do with each answer. */
    public interface Step {
        List<HttpRequest> requests(int i);

        default void answered(int i, int requestIndex, HttpResponse<?> response) {
        }
    }

    private final HttpClient client;
    private final int maxInFlight;

    public OpenLoop(HttpClient client, int maxInFlight) {
        this.client = client;
        this.maxInFlight = maxInFlight;
    }

    /** Nanoseconds after the start at which step {@code i} is due at {@code rate} steps per second. */
    static long dueAt(int i, double rate) {
        return (long) (i * (1e9 / rate));
    }

    /** Steps in {@code duration} at {@code rate}. */
    static int steps(double rate, Duration duration) {
        return (int) Math.round(rate * duration.toNanos() / 1e9);
    }

    public LatencyStats.Summary run(String label, double rate, Duration duration, Step step) throws InterruptedException {
        return run(label, rate, duration, step::requests, step);
    }

    private LatencyStats.Summary run(String label, double rate, Duration duration, IntFunction<List<HttpRequest>> requests, Step step)
            throws InterruptedException {
        LatencyStats stats = new LatencyStats();
        Semaphore inFlight = new Semaphore(maxInFlight);
        AtomicLong lastAnswer = new AtomicLong();
        int n = steps(rate, duration);
        long start = System.nanoTime();
        long hardStop = start + duration.toNanos() * 2 + TimeUnit.SECONDS.toNanos(30);
        for (int i = 0; i < n && System.nanoTime() < hardStop; i++) {
            long due = start + dueAt(i, rate);
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            List<HttpRequest> batch = requests.apply(i);
            for (int k = 0; k < batch.size(); k++) {
                if (!inFlight.tryAcquire(hardStop - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                    break;
                }
                int index = i;
                int requestIndex = k;
                client.sendAsync(batch.get(k), HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                    long now = System.nanoTime();
                    try {
                        if (response != null) {
                            stats.record(now - due, response.statusCode());
                            step.answered(index, requestIndex, response);
                        } else {
                            stats.fail(now - due);
                        }
                    } finally {
                        lastAnswer.accumulateAndGet(now, Math::max);
                        inFlight.release();
                    }
                });
            }
        }
        boolean drained = inFlight.tryAcquire(maxInFlight, Math.max(0, hardStop - System.nanoTime()) + TimeUnit.SECONDS.toNanos(10),
                TimeUnit.NANOSECONDS);
        if (!drained) {
            System.err.println(label + ": gave up waiting for " + (maxInFlight - inFlight.availablePermits()) + " answers");
        } else {
            inFlight.release(maxInFlight);
        }
        return stats.summarize(label, Math.max(lastAnswer.get(), start) - start);
    }
}
