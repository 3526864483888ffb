package io.shuzhi.review;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded pool that analyses large compilations in the background: at most
 * {@code shuzhi.review.analysis-threads} at once, a short queue behind them, and the uploader's security context
 * carried along so the audit log names who uploaded.
 */
@Component
class CompilationWorkers implements DisposableBean {

    private final ThreadPoolExecutor pool;

    CompilationWorkers(@Value("${shuzhi.review.analysis-threads:2}") int threads,
                       @Value("${shuzhi.review.analysis-queue:32}") int queue) {
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), r -> {
            Thread t = new Thread(r, "compilation-analysis-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** @return false when the pool is full: the caller fails the work rather than queue without bound */
    boolean start(Runnable work) {
        try {
            pool.execute(new DelegatingSecurityContextRunnable(work));
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    @Override
    public void destroy() {
        pool.shutdown();
    }
}
