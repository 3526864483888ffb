package io.shuzhi.statistics;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Grant;
import io.shuzhi.account.Role;
import io.shuzhi.registry.IdNumbers;
import io.shuzhi.registry.RegistryFixtures;
import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The dashboard, member and record pages render for a signed-in user, with masked data only. */
@IntegrationTest
class StatisticsPageTest {

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    RegistryFixtures.Org county;
    RegistryFixtures.Org village;
    String idNumber;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        Api admin = Api.admin(port);
        county = RegistryFixtures.organization(admin, null, "PK-", "COMMITTEE", "COUNTY");
        village = RegistryFixtures.organization(admin, county.id(), "PV-", "BRANCH", "VILLAGE");
        idNumber = IdNumbers.of(LocalDate.of(1966, 6, 6), true);
        String csv = "orgCode,name,gender,birthDate,education,joinDate,status,mobile,phone,idNumber\n"
                + village.code() + ",页面测试,男,1966-06-06,高中,1990-01-01,正式党员,否,13712345678," + idNumber + "\n";
        assertThat(admin.upload("/api/members/import", "m.csv", csv.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
    }

    Caller viewerOf(long organizationId) {
        return new Caller(-1, "page-viewer", "x", "页面查看", true, List.of(new Grant(Role.VIEWER, organizationId)));
    }

    String page(String url) throws Exception {
        var result = mvc.perform(get(url).with(user(viewerOf(county.id())))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void dashboardShowsIndicatorsAndLinksToChildren() throws Exception {
        String html = page("/statistics?organizationId=" + county.id() + "&year=2025");
        assertThat(html).contains("党员总数").contains("非公企业党组织组建率").contains("data-chart=")
                .contains("/statistics?organizationId=" + village.id() + "&amp;year=2025");
    }

    @Test
    void memberListIsMaskedAndOffersNoRevealToAViewer() throws Exception {
        String html = page("/registry/members?organizationId=" + county.id());
        assertThat(html).contains("页面测试").contains(idNumber.substring(0, 4) + "**********").doesNotContain(idNumber)
                .doesNotContain("13712345678").doesNotContain("/reveal");
    }

    @Test
    void recordPagesRender() throws Exception {
        for (String type : List.of("enterprises", "cadres", "funding", "service-centers", "first-secretaries", "honorary-posts", "recruitment")) {
            assertThat(page("/registry/records?organizationId=" + county.id() + "&type=" + type)).contains(county.code());
        }
    }

    @Test
    void yearlyTablesDownloadAsXlsx() throws Exception {
        var result = mvc.perform(get("/statistics/export?organizationId=" + county.id() + "&year=2025&table=yearly")
                .with(user(viewerOf(county.id())))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).contains("spreadsheetml");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            assertThat(wb.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1.0); // the village's one member
        }
    }
}
