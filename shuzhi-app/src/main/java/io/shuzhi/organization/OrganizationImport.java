package io.shuzhi.organization;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Role;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.shared.ConflictException;
import io.shuzhi.shared.ForbiddenException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Imports an organization tree from a sheet. All or nothing: every row is checked first (cells, codes already
 * used, parents in the file or in the caller's writable subtrees, cycles); one bad row rejects the whole file
 * with a report per row, and a good file is stored in one transaction with an audit entry per organization.
 */
@Service
public class OrganizationImport {

    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}._-]+");

    private final OrganizationRepository repository;
    private final EnumLabels labels;
    private final AuditLog audit;

    OrganizationImport(OrganizationRepository repository, EnumLabels labels, AuditLog audit) {
        this.repository = repository;
        this.labels = labels;
        this.audit = audit;
    }

    /** @return the number of organizations created */
    @Transactional
    public int importFile(Caller caller, String fileName, byte[] content) {
        if (!caller.hasRole(Role.ADMIN, Role.ORGANIZATION_DEPARTMENT)) {
            throw new ForbiddenException("organization.import-forbidden", "只有系统管理员和组织部门可以导入组织 / Only administrators and the organization department may import");
        }
        SheetReader.Parsed sheet = SheetReader.read(content);
        Map<SheetColumn, String> headers = sheet.headers();
        List<ImportError> errors = new ArrayList<>();
        List<ImportPlan.Entry> entries = new ArrayList<>();
        Set<String> codesInFile = new HashSet<>();
        for (SheetRow row : sheet.rows()) {
            if (row.get(SheetColumn.CODE) != null) {
                codesInFile.add(row.get(SheetColumn.CODE));
            }
            ImportPlan.Entry entry = new RowReader(row, headers, labels, caller.isAdmin(), errors).entry();
            if (entry != null) {
                entries.add(entry);
            }
        }
        if (sheet.rows().isEmpty()) {
            errors.add(new ImportError(2, null, "文件中没有组织数据 / The file has no data rows"));
        }
        Set<String> taken = repository.existingCodes(codesInFile);
        entries.removeIf(e -> {
            boolean duplicate = taken.contains(e.code());
            if (duplicate) {
                errors.add(new ImportError(e.row(), headers.get(SheetColumn.CODE), "组织编码「" + e.code() + "」已被现有组织使用 / Code already in use"));
            }
            return duplicate;
        });
        Set<String> outsideParents = new HashSet<>();
        entries.stream().map(ImportPlan.Entry::parentCode).filter(p -> p != null && !codesInFile.contains(p)).forEach(outsideParents::add);
        Map<String, Organization> writableParents = repository.findByCodes(outsideParents, caller.scopeFor(Role.ORGANIZATION_DEPARTMENT));
        List<ImportPlan.Entry> ordered = ImportPlan.order(entries, codesInFile,
                code -> active(writableParents.get(code)), headers, errors);
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(ImportError::row));
            throw new ImportRejected(errors);
        }
        store(ordered, fileName);
        return ordered.size();
    }

    private void store(List<ImportPlan.Entry> ordered, String fileName) {
        Map<String, Organization> created = new HashMap<>();
        try {
            for (ImportPlan.Entry e : ordered) {
                Organization parent = e.existingParent() != null ? e.existingParent()
                        : e.parentCode() == null ? null : created.get(e.parentCode());
                long id = repository.insert(e.organization(), parent);
                Organization org = repository.findById(id).orElseThrow();
                created.put(org.code(), org);
                audit.record("organization.created", "Organization", id, id, null, org);
            }
        } catch (DuplicateKeyException raced) {
            throw new ConflictException("organization.duplicate-code", "导入期间有组织编码被他人占用，请重新导入 / A code was taken while importing; try again");
        }
        Organization first = created.get(ordered.get(0).code());
        audit.record("organization.imported", "Organization", first.id(), first.parentId() == null ? first.id() : first.parentId(),
                null, Map.of("file", fileName == null ? "" : fileName, "count", ordered.size()));
    }

    private static Organization active(Organization parent) {
        return parent != null && parent.active() ? parent : null;
    }

    /** Turns one row into an entry, or adds its errors. */
    private record RowReader(SheetRow row, Map<SheetColumn, String> headers, EnumLabels labels, boolean admin,
                             List<ImportError> errors) {

        ImportPlan.Entry entry() {
            int before = errors.size();
            String code = required(SheetColumn.CODE, "组织编码");
            if (code != null && (code.length() > 64 || !CODE.matcher(code).matches())) {
                error(SheetColumn.CODE, "组织编码只能包含字母、数字、汉字和 . _ -，最长 64 位 / Code: letters, digits, . _ - only, at most 64");
            }
            String name = required(SheetColumn.NAME, "组织名称");
            if (name != null && name.length() > 200) {
                error(SheetColumn.NAME, "组织名称最长 200 字 / Name too long");
            }
            OrganizationKind kind = parse(SheetColumn.KIND, "组织类别", true, labels::kind, "党委、党工委、党总支、党支部、联合党支部");
            Level level = parse(SheetColumn.LEVEL, "层级", true, labels::level, "省、市、县（市、区）、乡镇（街道）、村、社区、单位");
            Sector sector = parse(SheetColumn.SECTOR, "领域", false, labels::sector, "机关、事业单位、国有企业、非公企业、社会组织，或留空");
            String secretary = row.get(SheetColumn.SECRETARY_NAME);
            if (secretary != null && secretary.length() > 100) {
                error(SheetColumn.SECRETARY_NAME, "书记姓名最长 100 字 / Secretary name too long");
            }
            String parentCode = row.get(SheetColumn.PARENT_CODE);
            if (parentCode == null && !admin) {
                error(SheetColumn.PARENT_CODE, "请填写上级组织编码：只有系统管理员可以导入顶级组织 / Only an administrator may import top-level organizations");
            }
            if (errors.size() > before) {
                return null;
            }
            return new ImportPlan.Entry(row.number(), new NewOrganization(null, code, name, kind, level, sector, secretary, null),
                    parentCode, null);
        }

        private String required(SheetColumn column, String label) {
            String value = row.get(column);
            if (value == null) {
                error(column, label + "不能为空 / " + column.english + " is required");
            }
            return value;
        }

        private <E> E parse(SheetColumn column, String label, boolean required, java.util.function.Function<String, java.util.Optional<E>> parser,
                            String allowed) {
            String value = required ? required(column, label) : row.get(column);
            if (value == null) {
                return null;
            }
            return parser.apply(value).orElseGet(() -> {
                error(column, label + "「" + value + "」无效，应为：" + allowed + " / Unknown " + column.english);
                return null;
            });
        }

        private void error(SheetColumn column, String message) {
            errors.add(new ImportError(row.number(), headers.getOrDefault(column, column.chinese), message));
        }
    }
}
