package io.shuzhi.campaign;

import io.shuzhi.analysis.ReportAnalyzer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one analysis facade of the application: immutable and thread-safe, shared by every feature that analyses reports. */
@Configuration(proxyBeanMethods = false)
class AnalysisConfiguration {

    @Bean
    ReportAnalyzer reportAnalyzer() {
        return ReportAnalyzer.create();
    }
}
