package io.shuzhi.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The exchange format of enterprises and social organizations; matched on re-import by credit code. */
final class EnterpriseFile {

    static final Columns COLUMNS = Columns.of("orgCode", "组织编码", "creditCode", "统一社会信用代码", "name", "名称",
            "sector", "类别", "partyOrganization", "党组织组建情况", "formedOn", "组建日期", "memberCount", "党员数")
            .optional("employees", "职工数").optional("registeredOn", "登记日期").optional("closedOn", "注销日期");

    private EnterpriseFile() {
    }

    static RecordFile.Parsed<Enterprise> parse(int row, Columns.Header h, List<String> cells, MemberRowParser.Organizations orgs) {
        List<RowError> errors = new ArrayList<>();
        Long org = RecordFile.organization(row, h.cell(cells, "orgCode"), orgs, errors);
        String code = h.cell(cells, "creditCode").toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}")) {
            errors.add(new RowError(row, "creditCode", "统一社会信用代码应为18位"));
        }
        String name = h.cell(cells, "name");
        if (name.isEmpty() || name.length() > 200) {
            errors.add(new RowError(row, "name", "名称不能为空，且不超过200字"));
        }
        Enterprise.Kind sector = RecordFile.label(row, "sector", h.cell(cells, "sector"), Enterprise.Kind.values(), k -> k.label, "类别应为“非公企业”或“社会组织”", errors);
        Enterprise.PartyOrganization party = RecordFile.label(row, "partyOrganization", h.cell(cells, "partyOrganization"),
                Enterprise.PartyOrganization.values(), p -> p.label, "党组织组建情况应为：单独组建、联合组建、未组建", errors);
        var formedOn = RecordFile.optionalDate(row, "formedOn", h.cell(cells, "formedOn"), errors);
        Integer members = RecordFile.count(row, "memberCount", h.cell(cells, "memberCount"), true, errors);
        Integer employees = RecordFile.count(row, "employees", h.cell(cells, "employees"), false, errors);
        var registeredOn = RecordFile.optionalDate(row, "registeredOn", h.cell(cells, "registeredOn"), errors);
        var closedOn = RecordFile.optionalDate(row, "closedOn", h.cell(cells, "closedOn"), errors);
        if (!errors.isEmpty()) {
            return new RecordFile.Parsed<>(null, errors);
        }
        Enterprise e = new Enterprise(null, org, code, name, sector, party, formedOn, members, employees, registeredOn, closedOn);
        Optional.ofNullable(e.inconsistency()).ifPresent(p -> errors.add(new RowError(row, "formedOn", p)));
        return new RecordFile.Parsed<>(errors.isEmpty() ? e : null, errors);
    }

    static List<Object> cells(String orgCode, Enterprise e) {
        return Arrays.asList(orgCode, e.creditCode(), e.name(), e.sector().label, e.partyOrganization().label, e.formedOn(),
                e.memberCount(), e.employees(), e.registeredOn(), e.closedOn());
    }
}
