package io.shuzhi.bench.province;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An .xlsx member file in the app's import format (header orgCode,name,…), streamed with SXSSF. The members are
 * indexes {@code from .. from+count} of the same generator, so they are new people, not the ones in the database.
 */
final class MemberWorkbook {

    static final List<String> HEADER = List.of("orgCode", "name", "gender", "birthDate", "education", "joinDate", "status", "mobile", "phone", "idNumber");
    private static final java.util.Map<String, String> EDUCATION = java.util.Map.of("POSTGRADUATE", "研究生", "BACHELOR", "大学本科",
            "JUNIOR_COLLEGE", "大学专科", "SECONDARY_VOCATIONAL", "中专", "HIGH_SCHOOL", "高中", "JUNIOR_HIGH_OR_BELOW", "初中及以下");

    private MemberWorkbook() {
    }

    static void write(Path file, long seed, List<SyntheticOrganization> orgs, int[] memberOrganizations, int from, int count) throws IOException {
        write(file, seed, orgs, memberOrganizations, from, count, false);
    }

    /** @param sharedStrings text in a shared-strings table, as Excel saves it (SXSSF writes inline strings by default) */
    static void write(Path file, long seed, List<SyntheticOrganization> orgs, int[] memberOrganizations, int from, int count,
                      boolean sharedStrings) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 500, false, sharedStrings); OutputStream out = Files.newOutputStream(file)) {
            wb.setCompressTempFiles(true);
            var sheet = wb.createSheet("党员");
            var header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            for (int i = 0; i < count; i++) {
                var m = SyntheticMember.of(seed, from + i, memberOrganizations);
                var row = sheet.createRow(i + 1);
                String[] values = {orgs.get(m.organizationIndex()).code(), m.name(), m.male() ? "男" : "女", m.birthDate().toString(),
                        EDUCATION.get(m.education()), m.joinDate().toString(), m.probationary() ? "预备党员" : "正式党员",
                        m.mobile() ? "是" : "否", m.phone() == null ? "" : m.phone(), m.idNumber()};
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
            wb.write(out);
        }
    }
}
