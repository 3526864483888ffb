package io.shuzhi.organization;

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
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OrganizationImportApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api admin;
    String p;
    long city;

    @BeforeEach
    void setUp() {
        admin = Api.admin(port);
        p = Api.unique("I") + "-";
        city = create(null, p + "CITY", "导入测试市委", "COMMITTEE", "CITY");
    }

    @Test
    void chineseCsvWithChildrenBeforeParentsIsStoredAsATree() {
        String csv = """
                组织编码,上级组织编码,组织名称,组织类别,层级,领域,书记姓名
                %1$sV1,%1$sT1,东湖村党支部,党支部,村,,张三
                %1$sT1,%1$sC1,东湖镇党委,党委,乡镇（街道）,,
                %1$sC1,%1$sCITY,江北区委,党委,县（市、区）,,李四
                %1$sE1,%1$sT1,宏达公司党支部,联合党支部,单位,非公企业,
                """.formatted(p);

        Api.Response r = admin.upload("/api/organizations/import", "tree.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.json().get("imported").asInt()).isEqualTo(4);
        assertThat(r.json().get("errors").size()).isZero();
        Map<String, Object> village = row(p + "V1");
        assertThat(village.get("name")).isEqualTo("东湖村党支部");
        assertThat(village.get("kind")).isEqualTo("BRANCH");
        assertThat(village.get("level")).isEqualTo("VILLAGE");
        assertThat(village.get("secretary_name")).isEqualTo("张三");
        assertThat(village.get("depth")).isEqualTo(3);
        long county = (Long) row(p + "C1").get("id");
        long town = (Long) row(p + "T1").get("id");
        assertThat(village.get("path")).isEqualTo("/" + city + "/" + county + "/" + town + "/" + village.get("id") + "/");
        Map<String, Object> enterprise = row(p + "E1");
        assertThat(enterprise.get("sector")).isEqualTo("PRIVATE_ENTERPRISE");
        assertThat(enterprise.get("kind")).isEqualTo("JOINT_BRANCH");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'organization.created' AND actor = 'admin' AND entity_id IN (:ids)")
                .param("ids", List.of(String.valueOf(county), String.valueOf(town), String.valueOf(village.get("id"))))
                .query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'organization.imported' AND after_state LIKE '%tree.csv%'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void oneBadRowRejectsTheWholeFileWithAnErrorPerRow() {
        create(city, p + "TAKEN", "已有组织", "COMMITTEE", "COUNTY");
        String csv = """
                code,parentCode,name,kind,level,sector
                %1$sOK1,%1$sCITY,好的一行,COMMITTEE,COUNTY,
                %1$sOK2,%1$sNOPE,上级不存在,BRANCH,VILLAGE,
                %1$sOK1,%1$sCITY,文件内重复,BRANCH,VILLAGE,
                %1$sTAKEN,%1$sCITY,库中已有,BRANCH,VILLAGE,
                %1$sBAD,%1$sCITY,类别错误,小组,VILLAGE,
                %1$sNONAME,%1$sCITY,,BRANCH,VILLAGE,
                %1$sX,%1$sY,循环甲,BRANCH,VILLAGE,
                %1$sY,%1$sX,循环乙,BRANCH,VILLAGE,
                """.formatted(p);

        Api.Response r = admin.upload("/api/organizations/import", "bad.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).as(r.text()).isEqualTo(422);
        assertThat(r.header("Content-Type")).contains("application/problem+json");
        assertThat(r.json().get("code").asString()).isEqualTo("organization.import-rejected");
        assertThat(r.json().get("imported").asInt()).isZero();
        Map<Integer, String> byRow = new HashMap<>();
        r.json().get("errors").forEach(e -> byRow.merge(e.get("row").asInt(), e.get("column").asString() + ":" + e.get("message").asString(), (a, b) -> a + "|" + b));
        assertThat(byRow).doesNotContainKey(2);
        assertThat(byRow.get(3)).startsWith("parentCode:").contains(p + "NOPE");
        assertThat(byRow.get(4)).startsWith("code:").contains("重复");
        assertThat(byRow.get(5)).startsWith("code:").contains("已被现有组织使用");
        assertThat(byRow.get(6)).startsWith("kind:").contains("小组");
        assertThat(byRow.get(7)).startsWith("name:").contains("不能为空");
        assertThat(byRow.get(8)).contains("循环");
        assertThat(byRow.get(9)).contains("循环");
        assertThat(jdbc.sql("SELECT count(*) FROM organization WHERE code LIKE :p").param("p", p + "%").query(Long.class).single())
                .as("only the two organizations made by the test exist").isEqualTo(2);
    }

    @Test
    void gbkCsvFromChineseExcelIsRead() {
        String csv = "组织编码,上级组织编码,组织名称,组织类别,层级,领域\r\n" + p + "G1," + p + "CITY,西山社区党委,党委,社区,\r\n";

        Api.Response r = admin.upload("/api/organizations/import", "gbk.csv", csv.getBytes(Charset.forName("GBK")));

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(row(p + "G1").get("name")).isEqualTo("西山社区党委");
        assertThat(row(p + "G1").get("level")).isEqualTo("COMMUNITY");
    }

    @Test
    void utf8BomIsIgnored() {
        byte[] body = ("\uFEFFcode,parentCode,name,kind,level,sector\n" + p + "B1," + p + "CITY,带BOM,BRANCH,VILLAGE,\n")
                .getBytes(StandardCharsets.UTF_8);

        Api.Response r = admin.upload("/api/organizations/import", "bom.csv", body);

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(row(p + "B1").get("name")).isEqualTo("带BOM");
    }

    @Test
    void xlsxImportsAndTheSubtreeExportsInTheSameFormat() throws IOException {
        byte[] xlsx = workbook(List.of(
                List.of("组织编码", "上级组织编码", "组织名称", "组织类别", "层级", "领域"),
                List.of(p + "XC", p + "CITY", "表格区委", "党委", "县", ""),
                List.of(p + "XV", p + "XC", "表格村党支部", "BRANCH", "VILLAGE", "")));

        Api.Response r = admin.upload("/api/organizations/import", "tree.xlsx", xlsx);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.json().get("imported").asInt()).isEqualTo(2);

        long county = (Long) row(p + "XC").get("id");
        Api.Response csv = admin.get("/api/organizations/export?format=csv&rootId=" + county);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).contains("attachment");
        assertThat(csv.text()).startsWith("\uFEFF组织编码,上级组织编码,组织名称,组织类别,层级,领域,书记姓名")
                .contains(p + "XC,,表格区委,党委,县（市、区）,,")
                .contains(p + "XV," + p + "XC,表格村党支部,党支部,村,,");

        Api.Response excel = admin.get("/api/organizations/export?format=xlsx&rootId=" + county);
        assertThat(excel.status()).isEqualTo(200);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("组织编码");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo(p + "XC");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void exportOutsideScopeIsNotFoundAndUnknownFormatIsRejected() {
        assertThat(admin.get("/api/organizations/export?format=pdf").status()).isEqualTo(422);
        assertThat(admin.get("/api/organizations/export?rootId=999999999").status()).isEqualTo(404);
    }

    @Test
    void filesThatAreNotSpreadsheetsAreRefusedWith415() {
        Api.Response binary = admin.upload("/api/organizations/import", "photo.jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, 0, 0, 1, 2});
        assertThat(binary.status()).isEqualTo(415);
        assertThat(binary.json().get("code").asString()).isEqualTo("organization.import-unreadable");

        Api.Response oldExcel = admin.upload("/api/organizations/import", "old.xls", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0});
        assertThat(oldExcel.status()).isEqualTo(415);
        assertThat(oldExcel.json().get("detail").asString()).contains(".xlsx");

        Api.Response brokenZip = admin.upload("/api/organizations/import", "broken.xlsx", new byte[]{0x50, 0x4B, 0x03, 0x04, 9, 9, 9});
        assertThat(brokenZip.status()).isEqualTo(415);
    }

    @Test
    void missingColumnsAreReportedOnTheHeaderRow() {
        Api.Response r = admin.upload("/api/organizations/import", "x.csv", "code,name\nA,B\n".getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").valueStream().map(e -> e.get("row").asInt())).containsOnly(1);
        assertThat(r.json().get("errors").valueStream().map(e -> e.get("message").asString()))
                .anyMatch(m -> m.contains("上级组织编码")).anyMatch(m -> m.contains("组织类别"));
    }

    @Test
    void organizationDepartmentImportsOnlyUnderItsOwnSubtree() {
        long countyA = create(city, p + "CA", "甲区委", "COMMITTEE", "COUNTY");
        create(city, p + "CB", "乙区委", "COMMITTEE", "COUNTY");
        String username = Api.unique("od");
        assertThat(admin.post("/api/users", Map.of("username", username, "password", "orgdept-pass-1", "displayName", "甲区组织部",
                "grants", List.of(Map.of("role", "ORGANIZATION_DEPARTMENT", "organizationId", countyA)))).status()).isEqualTo(201);
        Api orgDept = Api.login(port, username, "orgdept-pass-1");
        String csv = "code,parentCode,name,kind,level,sector\n"
                + p + "A1," + p + "CA,甲区某镇,COMMITTEE,TOWNSHIP,\n"
                + p + "B1," + p + "CB,乙区某镇,COMMITTEE,TOWNSHIP,\n"
                + p + "R1,,顶级组织,COMMITTEE,CITY,\n";

        Api.Response r = orgDept.upload("/api/organizations/import", "scope.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).as(r.text()).isEqualTo(422);
        assertThat(r.json().get("errors").valueStream().map(e -> e.get("row").asInt())).containsExactly(3, 4);
        assertThat(jdbc.sql("SELECT count(*) FROM organization WHERE code IN (:c)").param("c", List.of(p + "A1", p + "B1", p + "R1"))
                .query(Long.class).single()).isZero();
    }

    @Test
    void uploadsOverTheConfiguredLimitGet413() throws Exception {
        long size = 21L * 1024 * 1024;
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            var out = socket.getOutputStream();
            out.write(("POST /api/organizations/import HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + admin.token()
                    + "\r\nContent-Type: multipart/form-data; boundary=xyz\r\nContent-Length: " + size
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // the server answers from Content-Length alone and may close before the body is sent: read while writing
            var answer = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return "read failed: " + e;
                }
            });
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'a');
            try {
                out.write("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                for (long sent = 0; sent < size - 200; sent += chunk.length) {
                    out.write(chunk);
                }
            } catch (IOException closedByServer) {
                // expected: the server stops reading once it has refused the upload
            }
            String response = answer.get(20, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(response).startsWith("HTTP/1.1 413").contains("upload-too-large");
        }
    }

    private long create(Long parentId, String code, String name, String kind, String level) {
        var body = new HashMap<String, Object>();
        body.put("parentId", parentId);
        body.put("code", code);
        body.put("name", name);
        body.put("kind", kind);
        body.put("level", level);
        Api.Response r = admin.post("/api/organizations", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private Map<String, Object> row(String code) {
        return jdbc.sql("SELECT id, name, kind, level, sector, secretary_name, path, depth FROM organization WHERE code = :c")
                .param("c", code).query().singleRow();
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet();
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
