package io.shuzhi.statistics;

import io.shuzhi.registry.RegistryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two rollup counts compare records with configured thresholds (low collective income, office share), so the
 * database keeps the thresholds the rollups were counted with (registry_thresholds, V303). At start-up, before
 * any request is served, the configuration is written there; if it changed, village_rollup is recounted in the
 * same transaction, so the rollups never disagree with the live definitions. All nodes must share one
 * configuration (they share the database).
 */
@Component
class RollupThresholds implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(RollupThresholds.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final RegistryProperties properties;

    RollupThresholds(JdbcClient jdbc, TransactionTemplate transactions, RegistryProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        transactions.executeWithoutResult(status -> {
            int changed = jdbc.sql("""
                            UPDATE registry_thresholds SET low_collective_income = :low, office_share_limit = :limit
                            WHERE (low_collective_income, office_share_limit) IS DISTINCT FROM (:low, :limit)""")
                    .param("low", properties.lowCollectiveIncomeThreshold()).param("limit", properties.officeShareLimit())
                    .update();
            if (changed > 0) {
                log.info("Registry thresholds changed (low collective income {} fen, office share {}): recounting village rollups",
                        properties.lowCollectiveIncomeThreshold(), properties.officeShareLimit());
                jdbc.sql("SELECT village_rollup_rebuild()").query().listOfRows();
            }
        });
    }
}
