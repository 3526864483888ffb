package io.shuzhi.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The exchange format of first secretaries (驻村第一书记); matched on re-import by organization + name + servedFrom. */
final class FirstSecretaryFile {

    static final Columns COLUMNS = Columns.of("orgCode", "组织编码", "name", "姓名", "dispatchedBy", "派出单位",
            "servedFrom", "任职开始日期").optional("servedTo", "任职结束日期");

    private FirstSecretaryFile() {
    }

    static RecordFile.Parsed<FirstSecretary> parse(int row, Columns.Header h, List<String> cells, MemberRowParser.Organizations orgs) {
        List<RowError> errors = new ArrayList<>();
        Long org = RecordFile.organization(row, h.cell(cells, "orgCode"), orgs, errors);
        String name = h.cell(cells, "name");
        if (name.isEmpty() || name.length() > 100) {
            errors.add(new RowError(row, "name", "姓名不能为空，且不超过100字"));
        }
        String dispatchedBy = h.cell(cells, "dispatchedBy");
        if (dispatchedBy.isEmpty() || dispatchedBy.length() > 200) {
            errors.add(new RowError(row, "dispatchedBy", "派出单位不能为空，且不超过200字"));
        }
        var servedFrom = RecordFile.optionalDate(row, "servedFrom", h.cell(cells, "servedFrom"), errors);
        if (h.cell(cells, "servedFrom").isEmpty()) {
            errors.add(new RowError(row, "servedFrom", "任职开始日期不能为空"));
        }
        var servedTo = RecordFile.optionalDate(row, "servedTo", h.cell(cells, "servedTo"), errors);
        if (servedFrom != null && servedTo != null && servedTo.isBefore(servedFrom)) {
            errors.add(new RowError(row, "servedTo", "任职结束日期不能早于开始日期"));
        }
        return new RecordFile.Parsed<>(errors.isEmpty() ? new FirstSecretary(null, org, name, dispatchedBy, servedFrom, servedTo) : null, errors);
    }

    static String key(FirstSecretary f) {
        return f.organizationId() + "/" + f.name() + "/" + f.servedFrom();
    }

    static List<Object> cells(String orgCode, FirstSecretary f) {
        return Arrays.asList(orgCode, f.name(), f.dispatchedBy(), f.servedFrom(), f.servedTo());
    }
}
