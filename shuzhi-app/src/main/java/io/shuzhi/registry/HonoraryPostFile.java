package io.shuzhi.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The exchange format of honorary posts (名誉书记/名誉主任). Like first secretaries they carry no ID number, and one
 * supporter may hold both titles in the same village or hold one title twice, so a row is matched on re-import by
 * its term: organization + name + title + first day ({@code servedFrom}).
 */
final class HonoraryPostFile {

    static final Columns COLUMNS = Columns.of("orgCode", "组织编码", "name", "姓名", "title", "名誉职务",
            "servedFrom", "任职开始日期").optional("affiliation", "工作单位").optional("servedTo", "任职结束日期");

    static final Map<HonoraryPost.Title, String> TITLES = Map.of(
            HonoraryPost.Title.HONORARY_SECRETARY, "名誉书记", HonoraryPost.Title.HONORARY_DIRECTOR, "名誉主任");

    private HonoraryPostFile() {
    }

    static RecordFile.Parsed<HonoraryPost> parse(int row, Columns.Header h, List<String> cells, MemberRowParser.Organizations orgs) {
        List<RowError> errors = new ArrayList<>();
        Long org = RecordFile.organization(row, h.cell(cells, "orgCode"), orgs, errors);
        String name = h.cell(cells, "name");
        if (name.isEmpty() || name.length() > 100) {
            errors.add(new RowError(row, "name", "姓名不能为空，且不超过100字"));
        }
        HonoraryPost.Title title = RecordFile.label(row, "title", h.cell(cells, "title"), HonoraryPost.Title.values(), TITLES::get,
                "名誉职务应为“名誉书记”或“名誉主任”", errors);
        // 工作单位 is optional in the table; an empty cell is stored as null, not "", so export → re-import matches.
        String affiliation = h.cell(cells, "affiliation");
        if (affiliation.length() > 200) {
            errors.add(new RowError(row, "affiliation", "工作单位不超过200字"));
        }
        var servedFrom = RecordFile.optionalDate(row, "servedFrom", h.cell(cells, "servedFrom"), errors);
        if (h.cell(cells, "servedFrom").isEmpty()) {
            errors.add(new RowError(row, "servedFrom", "任职开始日期不能为空"));
        }
        var servedTo = RecordFile.optionalDate(row, "servedTo", h.cell(cells, "servedTo"), errors);
        if (servedFrom != null && servedTo != null && servedTo.isBefore(servedFrom)) {
            errors.add(new RowError(row, "servedTo", "任职结束日期不能早于开始日期"));
        }
        return new RecordFile.Parsed<>(errors.isEmpty()
                ? new HonoraryPost(null, org, name, title, affiliation.isEmpty() ? null : affiliation, servedFrom, servedTo) : null, errors);
    }

    /** The natural key of a row within one file: one term of one person in one title. */
    static String key(HonoraryPost h) {
        return h.organizationId() + "/" + h.name() + "/" + h.title() + "/" + h.servedFrom();
    }

    static List<Object> cells(String orgCode, HonoraryPost h) {
        return Arrays.asList(orgCode, h.name(), TITLES.get(h.title()), h.servedFrom(), h.affiliation(), h.servedTo());
    }
}
