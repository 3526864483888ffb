package io.shuzhi.demo;

import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoOffByDefaultTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoDataIsNeverLoadedUnlessAsked() {
        assertThat(jdbc.sql("SELECT count(*) FROM organization WHERE code LIKE 'DEMO-%'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username LIKE 'demo-%'").query(Long.class).single()).isZero();
    }
}
