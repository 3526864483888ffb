package io.shuzhi.review;

import io.shuzhi.search.SeedCompilation;
import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The reviewer's workspace beyond the acceptance journey: one-click fixes, the overview and its export, year over year. */
@IntegrationTest
class ReviewWorkspaceTest {

    @LocalServerPort
    int port;

    @Test
    void aFindingsFixIsAppliedToTheDraftAsANewVersion() {
        Api admin = Api.admin(port);
        long city = ReviewFixture.organization(admin, null, "某市委", "CITY");
        long county = ReviewFixture.organization(admin, city, "某县", "COUNTY");
        long campaign = campaign(admin, city, 2015, List.of(county));
        long report = admin.get("/api/campaigns/" + campaign + "/reports").json().get(0).get("id").asLong();
        Api secretary = ReviewFixture.userWith(admin, port, "SECRETARY", county);

        Api.Response saved = secretary.put("/api/reports/" + report, Map.of("sections", Map.of(
                "HIGHLIGHTS", List.of(Map.of("heading", "抓班子带队伍。", "text", "全年召开常委会12次，调整村支书8名。")),
                "PROBLEMS", List.of(Map.of("heading", "", "text", "有的同志以工作忙为籍口，参加组织生活不经常，全县有3个支部全年未开展主题党日。")),
                "MEASURES", List.of(Map.of("heading", "", "text", "2016年6月底前完成20个村党群服务中心改造。")))));
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        JsonNode findings = secretary.get("/api/reports/" + report + "/analysis").json().get("findings");
        int typo = indexOf(findings, "TYPO");
        assertThat(typo).as(findings.toString()).isGreaterThanOrEqualTo(0);
        assertThat(findings.get(typo).get("fix").asString()).isEqualTo("借口");

        Api.Response applied = secretary.post("/api/reports/" + report + "/findings/" + typo + "/apply", Map.of());
        assertThat(applied.status()).as(applied.text()).isEqualTo(200);
        assertThat(applied.json().get("version").asInt()).isEqualTo(2);
        JsonNode after = secretary.get("/api/reports/" + report).json();
        assertThat(after.toString()).contains("以工作忙为借口").doesNotContain("籍口");
        assertThat(indexOf(secretary.get("/api/reports/" + report + "/analysis").json().get("findings"), "TYPO")).isEqualTo(-1);

        // once submitted, the report is no longer the secretary's to change
        assertThat(secretary.post("/api/reports/" + report + "/submit", Map.of()).status()).isEqualTo(200);
        assertThat(secretary.post("/api/reports/" + report + "/findings/0/apply", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void overviewCountsEachReporterSortsAndExportsAndYearOverYearShowsLastYear() throws IOException {
        Api admin = Api.admin(port);
        ReviewFixture f = ReviewFixture.seedCampaign(admin);
        long compilation = admin.upload("/api/campaigns/" + f.campaignId() + "/compilations", SeedCompilation.FILE, SeedCompilation.bytes())
                .json().get("id").asLong();
        JsonNode imported = admin.post("/api/campaigns/" + f.campaignId() + "/compilations/" + compilation + "/confirm",
                Map.of("matches", List.of(Map.of("index", 2, "organizationId", f.zengdu())))).json().get("reports");
        long suixianReport = imported.get(0).get("reportId").asLong();

        PageSession pages = PageSession.login(port, "admin", Api.ADMIN_PASSWORD);
        String overview = pages.get("/campaigns/" + f.campaignId() + "/overview?sort=quantities&dir=desc").body();
        assertThat(overview).contains("随县", "广水市", "曾都区", "审读总览", "雷同占比");
        HttpResponse<byte[]> xlsx = pages.getBytes("/campaigns/" + f.campaignId() + "/overview.xlsx?sort=quantities&dir=desc");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("述职单位");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            double first = sheet.getRow(1).getCell(2).getNumericCellValue();
            double last = sheet.getRow(3).getCell(2).getNumericCellValue();
            assertThat(first).isGreaterThanOrEqualTo(last).isGreaterThan(10);
        }

        assertThat(pages.get("/review").body()).contains("2014年度县市区党委书记抓基层党建工作述职评议", "/campaigns/" + f.campaignId() + "/overview");
        long again = admin.upload("/api/campaigns/" + f.campaignId() + "/compilations", SeedCompilation.FILE, SeedCompilation.bytes())
                .json().get("id").asLong();
        String confirmPage = pages.get("/campaigns/" + f.campaignId() + "/compilations/" + again).body();
        assertThat(confirmPage).contains("中共随县县委", "确认导入", "name=\"match0\"");
        // confirming into reports that are already accepted is refused, and the page says why
        String refused = pages.submit("/campaigns/" + f.campaignId() + "/compilations/" + again,
                "/campaigns/" + f.campaignId() + "/compilations/" + again + "/confirm", "match0=" + f.suixian()).body();
        assertThat(refused).contains("不能用汇编覆盖");

        // next year's campaign: 随县 repeats a problem of last year; the comparison shows last year's commitments and problems
        long next = campaign(admin, f.cityId(), 2015, List.of(f.suixian()));
        long nextReport = admin.get("/api/campaigns/" + next + "/reports").json().get(0).get("id").asLong();
        assertThat(admin.put("/api/reports/" + nextReport, Map.of("sections", Map.of(
                "HIGHLIGHTS", List.of(Map.of("heading", "回访软弱涣散村。", "text", "到所有软弱涣散村进行了回访，到村调研112个。")),
                "PROBLEMS", List.of(Map.of("heading", "", "text", "基层党建工作发展不平衡的问题依然存在。")),
                "MEASURES", List.of(Map.of("heading", "", "text", "2016年底前完成全部村级活动场所改造。"))))).status()).isEqualTo(200);
        String yoy = pages.get("/reports/" + nextReport + "/year-over-year").body();
        assertThat(yoy).contains("上年承诺及兑现情况", "到村调研100个以上", "未跟踪", "本年报告提及", "上年查摆问题及整改销号情况");
        assertThat(pages.get("/reports/" + suixianReport + "/year-over-year").body()).contains("未找到该单位上一年度的述职报告");
    }

    static long campaign(Api admin, long host, int year, List<Long> reporters) {
        Api.Response c = admin.post("/api/campaigns", Map.of("hostOrganizationId", host, "year", year,
                "title", year + "年度述职评议", "reporterOrganizationIds", reporters));
        assertThat(c.status()).as(c.text()).isEqualTo(201);
        return c.json().get("id").asLong();
    }

    static int indexOf(JsonNode findings, String rule) {
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).get("rule").asString().equals(rule)) {
                return i;
            }
        }
        return -1;
    }
}
