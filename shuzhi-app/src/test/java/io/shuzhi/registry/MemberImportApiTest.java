package io.shuzhi.registry;

import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MemberImportApiTest {

    static final String HEADER = "orgCode,name,gender,birthDate,education,joinDate,status,mobile,phone,idNumber\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api admin;
    RegistryFixtures.Org county;
    RegistryFixtures.Org village;

    @BeforeEach
    void setUp() {
        admin = Api.admin(port);
        county = RegistryFixtures.organization(admin, null, "K-", "COMMITTEE", "COUNTY");
        village = RegistryFixtures.organization(admin, county.id(), "V-", "BRANCH", "VILLAGE");
    }

    String row(String orgCode, String name, String id, String phone) {
        LocalDate birth = LocalDate.parse(id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14));
        String gender = (id.charAt(16) - '0') % 2 == 1 ? "男" : "女";
        return String.join(",", orgCode, name, gender, birth.toString(), "大学本科", birth.plusYears(25).toString(),
                "正式党员", "否", phone, id) + "\n";
    }

    @Test
    void importStoresEncryptedMembersAndReimportIsIdempotent() {
        String id1 = IdNumbers.of(LocalDate.of(1980, 5, 6), true);
        String id2 = IdNumbers.of(LocalDate.of(1992, 11, 30), false);
        byte[] file = (HEADER + row(village.code(), "张三", id1, "13812345678") + row(village.code(), "李四", id2, "")).getBytes(StandardCharsets.UTF_8);

        Api.Response first = admin.upload("/api/members/import", "members.csv", file);
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.json().get("imported").asLong()).isEqualTo(2);
        assertThat(first.json().get("updated").asLong()).isZero();
        assertThat(first.json().get("errors").size()).isZero();

        Api.Response again = admin.upload("/api/members/import", "members.csv", file);
        assertThat(again.json().get("imported").asLong()).isZero();
        assertThat(again.json().get("updated").asLong()).isZero();
        assertThat(membersOf(village.id())).isEqualTo(2);

        // stored encrypted: no column holds the plain number
        String stored = jdbc.sql("SELECT encode(id_number_cipher, 'escape') || id_number_masked || encode(id_number_hash, 'hex') FROM member m"
                + " JOIN organization o ON o.id = m.organization_id WHERE o.id = :id AND m.name = '张三'").param("id", village.id()).query(String.class).single();
        assertThat(stored).doesNotContain(id1).contains(id1.substring(0, 4) + "**********" + id1.substring(14));

        // a changed phone is an update, matched by ID number
        byte[] changed = (HEADER + row(village.code(), "张三", id1, "13900001111")).getBytes(StandardCharsets.UTF_8);
        Api.Response update = admin.upload("/api/members/import", "members.csv", changed);
        assertThat(update.json().get("updated").asLong()).isEqualTo(1);
        assertThat(membersOf(village.id())).isEqualTo(2);

        JsonNode list = admin.get("/api/members?organizationId=" + county.id()).json();
        assertThat(list.get("total").asLong()).isEqualTo(2);
        assertThat(list.toString()).doesNotContain(id1).doesNotContain("13900001111").contains("139****1111");

        JsonNode audit = admin.get("/api/audit?limit=50").json();
        assertThat(audit.valueStream().filter(e -> e.get("action").asString().equals("member.imported")).count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aBadRowStoresNothingAndEachBadRowIsReportedWithoutTheIdNumber() {
        String good = IdNumbers.of(LocalDate.of(1975, 1, 2), true);
        String goodButWrongCheck = IdNumbers.of(LocalDate.of(1985, 3, 4), false);
        String badId = goodButWrongCheck.substring(0, 17) + (goodButWrongCheck.charAt(17) == '0' ? '1' : '0');
        String file = HEADER
                + row(village.code(), "王五", good, "13812345678")
                + row(village.code(), "赵六", badId, "13812345679")
                + row("NO-SUCH-ORG", "钱七", IdNumbers.of(LocalDate.of(1990, 1, 1), true), "12345")
                + row(village.code(), "孙八", good, "");

        Api.Response r = admin.upload("/api/members/import", "members.csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("imported").asLong()).isZero();
        List<String> problems = r.json().get("errors").valueStream()
                .map(e -> e.get("row").asInt() + ":" + e.get("column").asString()).toList();
        assertThat(problems).containsExactly("3:idNumber", "4:orgCode", "4:phone");
        assertThat(r.text()).doesNotContain(badId).doesNotContain(badId.substring(0, 17)).doesNotContain(good);
        assertThat(membersOf(village.id())).isZero();

        // the duplicate in rows 2 and 5 is found once the other rows are fixed
        String fixed = HEADER + row(village.code(), "王五", good, "13812345678") + row(village.code(), "孙八", good, "");
        Api.Response duplicate = admin.upload("/api/members/import", "members.csv", fixed.getBytes(StandardCharsets.UTF_8));
        assertThat(duplicate.status()).isEqualTo(422);
        assertThat(duplicate.json().get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(duplicate.json().get("errors").get(0).get("message").asString()).contains("第2行").doesNotContain(good);
        assertThat(membersOf(village.id())).isZero();
    }

    @Test
    void chineseHeadersInXlsxAreAccepted() throws Exception {
        String id = IdNumbers.of(LocalDate.of(1960, 7, 1), true);
        byte[] xlsx;
        try (var wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("党员");
            List<String> header = List.of("组织编码", "姓名", "性别", "出生日期", "学历", "入党日期", "党员状态", "流动党员", "联系电话", "身份证号");
            List<String> values = List.of(village.code(), "周九", "男", "1960-07-01", "高中", "1985-07-01", "正式党员", "是", "010-88886666", id);
            for (int r = 0; r < 2; r++) {
                var row = sheet.createRow(r);
                List<String> cells = r == 0 ? header : values;
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            wb.write(out);
            xlsx = out.toByteArray();
        }
        Api.Response r = admin.upload("/api/members/import", "党员.xlsx", xlsx);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.json().get("imported").asLong()).isEqualTo(1);
        Map<String, Object> stored = jdbc.sql("SELECT education, mobile, phone_masked FROM member WHERE organization_id = :id")
                .param("id", village.id()).query().singleRow();
        assertThat(stored).containsEntry("education", "HIGH_SCHOOL").containsEntry("mobile", true).containsEntry("phone_masked", "********6666");
    }

    @Test
    void exportIsMaskedUnlessAnAuthorizedCallerRevealsIt() throws Exception {
        String id = IdNumbers.of(LocalDate.of(1970, 2, 3), false);
        admin.upload("/api/members/import", "m.csv", (HEADER + row(village.code(), "吴十", id, "13612345678")).getBytes(StandardCharsets.UTF_8));

        String masked = xlsxText(admin.get("/api/members/export?organizationId=" + county.id()));
        assertThat(masked).contains("吴十").contains(id.substring(0, 4) + "**********").doesNotContain(id).doesNotContain("13612345678");

        String revealed = xlsxText(admin.get("/api/members/export?organizationId=" + county.id() + "&reveal=true"));
        assertThat(revealed).contains(id).contains("13612345678");

        String viewer = Api.unique("viewer");
        admin.post("/api/users", Map.of("username", viewer, "password", "viewer-pass-123", "displayName", "查看",
                "grants", List.of(Map.of("role", "VIEWER", "organizationId", county.id()))));
        Api asViewer = Api.login(port, viewer, "viewer-pass-123");
        assertThat(asViewer.get("/api/members/export?organizationId=" + county.id() + "&reveal=true").status()).isEqualTo(403);
        assertThat(xlsxText(asViewer.get("/api/members/export?organizationId=" + county.id()))).doesNotContain(id);

        long memberId = jdbc.sql("SELECT id FROM member WHERE organization_id = :o").param("o", village.id()).query(Long.class).single();
        assertThat(asViewer.post("/api/members/" + memberId + "/reveal", "{}").status()).isEqualTo(403);
        Api.Response reveal = admin.post("/api/members/" + memberId + "/reveal", "{}");
        assertThat(reveal.json().get("idNumber").asString()).isEqualTo(id);
        assertThat(admin.get("/api/audit?limit=50").json().valueStream()
                .anyMatch(e -> e.get("action").asString().equals("member.revealed") && e.get("entityId").asString().equals(String.valueOf(memberId)))).isTrue();
    }

    @Test
    void templatesCarryTheHeader() {
        Api.Response csv = admin.get("/api/members/template?format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text()).contains("orgCode,name,gender,birthDate,education,joinDate,status,mobile,phone,idNumber");
        Api.Response xlsx = admin.get("/api/members/template");
        assertThat(xlsx.header("Content-Type")).contains("spreadsheetml");
    }

    private long membersOf(long organizationId) {
        return jdbc.sql("SELECT count(*) FROM member WHERE organization_id = :id").param("id", organizationId).query(Long.class).single();
    }

    static String xlsxText(Api.Response r) throws Exception {
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        StringBuilder text = new StringBuilder();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            wb.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
        }
        return text.toString();
    }
}
