package io.shuzhi.registry;

import io.shuzhi.account.Caller;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.organization.Organization;
import io.shuzhi.organization.OrganizationService;
import io.shuzhi.shared.ForbiddenException;
import io.shuzhi.shared.crypto.PersonalDataCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Exports the current members of a subtree as .xlsx in the import format (so a corrected export can be imported
 * back). ID numbers and phones are masked unless the caller asks to reveal them and may: that export is audited.
 * Rows are streamed from the database (a cursor, fetch size 2,000) straight into a streaming workbook.
 */
@Service
public class MemberExporter {

    private final JdbcTemplate cursor;
    private final TransactionTemplate transactions;
    private final OrganizationService organizations;
    private final MemberService members;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;

    MemberExporter(DataSource dataSource, TransactionTemplate transactions, OrganizationService organizations,
                   MemberService members, PersonalDataCipher cipher, AuditLog audit) {
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(2000);
        this.transactions = transactions;
        this.organizations = organizations;
        this.members = members;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** Checks access before anything is written, so a refusal is a clean 403/404 and not a broken download. */
    public Organization authorize(Caller caller, long organizationId, boolean reveal) {
        Organization root = organizations.get(caller, organizationId);
        if (reveal && !members.mayReveal(caller, organizationId)) {
            throw new ForbiddenException("member.reveal-forbidden", "无权导出完整的身份证号和联系电话 / You may not export full personal data");
        }
        return root;
    }

    public void export(Caller caller, Organization root, boolean reveal, OutputStream out) {
        List<String> header = new ArrayList<>(MemberRowParser.COLUMNS.chineseNames());
        header.add("所属组织");
        try (XlsxTable table = new XlsxTable("党员", header)) {
            long rows = transactions.execute(status -> {
                long[] count = {0};
                cursor.query("""
                                SELECT o.code, o.name AS organization_name, m.name, m.gender, m.birth_date, m.education, m.join_date,
                                       m.status, m.mobile, m.phone_masked, m.id_number_masked, m.phone_cipher, m.id_number_cipher, m.ethnicity
                                FROM member m JOIN organization o ON o.id = m.organization_id
                                WHERE o.path LIKE ? || '%' AND m.left_on IS NULL ORDER BY o.path, m.name, m.id""",
                        rs -> {
                            count[0]++;
                            byte[] phone = rs.getBytes("phone_cipher");
                            table.row(java.util.Arrays.asList(rs.getString("code"), rs.getString("name"),
                                    Gender.valueOf(rs.getString("gender")).label, rs.getString("birth_date"),
                                    Education.valueOf(rs.getString("education")).label, rs.getString("join_date"),
                                    MemberStatus.valueOf(rs.getString("status")).label, rs.getBoolean("mobile") ? "是" : "否",
                                    reveal ? (phone == null ? null : cipher.decrypt(phone)) : rs.getString("phone_masked"),
                                    reveal ? cipher.decrypt(rs.getBytes("id_number_cipher")) : rs.getString("id_number_masked"),
                                    rs.getString("ethnicity"), rs.getString("organization_name")));
                        }, root.path());
                audit.record(reveal ? "member.exported-revealed" : "member.exported", "MemberExport", root.id(), root.id(),
                        null, Map.of("rows", count[0], "revealed", reveal));
                return count[0];
            });
            table.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty file in the import format, with a sheet explaining each column. */
    public void template(OutputStream out, boolean csv) throws IOException {
        if (csv) {
            out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // lets Excel open it as UTF-8
            out.write((String.join(",", MemberRowParser.COLUMNS.names()) + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        try (XlsxTable table = new XlsxTable("党员", MemberRowParser.COLUMNS.chineseNames())) {
            table.newSheet("填写说明", List.of("列", "英文列名", "说明"));
            Map<String, String> help = Map.of(
                    "orgCode", "党员所在党组织的组织编码（必须在您的管理范围内）",
                    "gender", "男 / 女", "birthDate", "yyyy-MM-dd，须与身份证号一致",
                    "education", "研究生、大学本科、大学专科、中专、高中、初中及以下",
                    "joinDate", "yyyy-MM-dd，入党时须年满18周岁", "status", "正式党员 / 预备党员",
                    "mobile", "是 / 否", "phone", "11位手机号或带区号的固定电话，可空",
                    "idNumber", "18位，按 GB 11643 校验；重复导入时按身份证号更新，不会重复登记",
                    "ethnicity", "可选，如 汉族");
            for (String name : MemberRowParser.COLUMNS.names()) {
                table.row(List.of(MemberRowParser.columnLabel(name), name, help.getOrDefault(name, "必填")));
            }
            table.write(out);
        }
    }
}
