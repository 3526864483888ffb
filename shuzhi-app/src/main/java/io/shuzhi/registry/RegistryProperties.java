package io.shuzhi.registry;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;

/**
 * Thresholds the indicators compare against; local rules differ, so they are configuration
 * ({@code shuzhi.registry.*}), never constants.
 *
 * @param lowCollectiveIncomeThreshold a village whose collective income is below this (fen) is counted as weak;
 *                                     default 5,000,000 fen = 50,000 元
 * @param officeShareLimit             a service centre whose office area exceeds this share of the floor area is
 *                                     flagged; default 0.5
 */
@ConfigurationProperties("shuzhi.registry")
public record RegistryProperties(Long lowCollectiveIncomeThreshold, BigDecimal officeShareLimit) {

    public RegistryProperties {
        lowCollectiveIncomeThreshold = lowCollectiveIncomeThreshold == null ? 5_000_000L : lowCollectiveIncomeThreshold;
        officeShareLimit = officeShareLimit == null ? new BigDecimal("0.5") : officeShareLimit;
    }
}
