package io.shuzhi.shared.tx;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs work once the current transaction has committed, on the same thread, which still holds the transaction's
 * connection — so the work needs no second connection from the pool. A {@code @TransactionalEventListener} goes
 * through Spring Modulith's event publication registry, which records each delivery in a new transaction: with as
 * many concurrent requests as pooled connections, every request held its connection while waiting for another,
 * and all of them timed out (seen with 12 concurrent problem creations on a pool of 8).
 * <p>
 * Nothing is persisted and a failure is only logged (the commit has happened): use it for work that can be redone
 * from the database, such as search indexing (the index has a rebuild). Without a transaction the work runs at once.
 */
public final class AfterCommit {

    private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);

    private AfterCommit() {
    }

    public static void run(String what, Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            runLogged(what, work);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                runLogged(what, work);
            }
        });
    }

    private static void runLogged(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("{} failed after commit; a rebuild will repair it", what, e);
        }
    }
}
