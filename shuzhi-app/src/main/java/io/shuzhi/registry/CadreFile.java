package io.shuzhi.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The exchange format of village cadres ("两委"干部), pay in 元. Cadres carry no ID number, so a row is matched on
 * re-import by its term: organization + name + post + first day in office ({@code servedFrom}).
 */
final class CadreFile {

    static final Columns COLUMNS = Columns.of("orgCode", "组织编码", "name", "姓名", "gender", "性别", "post", "职务",
            "rank", "主副职", "servedFrom", "任职开始日期")
            .optional("birthDate", "出生日期").optional("holdsBothPosts", "一肩挑").optional("annualPay", "年报酬（元）")
            .optional("servedTo", "任职结束日期");

    static final Map<VillageCadre.Post, String> POSTS = Map.of(
            VillageCadre.Post.PARTY_SECRETARY, "书记", VillageCadre.Post.COMMITTEE_DIRECTOR, "主任",
            VillageCadre.Post.DEPUTY_SECRETARY, "副书记", VillageCadre.Post.DEPUTY_DIRECTOR, "副主任",
            VillageCadre.Post.COMMITTEE_MEMBER, "委员");

    static final Map<VillageCadre.Rank, String> RANKS = Map.of(VillageCadre.Rank.PRINCIPAL, "主职", VillageCadre.Rank.DEPUTY, "副职");

    private CadreFile() {
    }

    static RecordFile.Parsed<VillageCadre> parse(int row, Columns.Header h, List<String> cells, MemberRowParser.Organizations orgs) {
        List<RowError> errors = new ArrayList<>();
        Long org = RecordFile.organization(row, h.cell(cells, "orgCode"), orgs, errors);
        String name = h.cell(cells, "name");
        if (name.isEmpty() || name.length() > 100) {
            errors.add(new RowError(row, "name", "姓名不能为空，且不超过100字"));
        }
        Gender gender = RecordFile.label(row, "gender", h.cell(cells, "gender"), Gender.values(), g -> g.label, "性别应为“男”或“女”", errors);
        VillageCadre.Post post = RecordFile.label(row, "post", h.cell(cells, "post"), VillageCadre.Post.values(), POSTS::get,
                "职务应为：书记、主任、副书记、副主任、委员", errors);
        VillageCadre.Rank rank = RecordFile.label(row, "rank", h.cell(cells, "rank"), VillageCadre.Rank.values(), RANKS::get,
                "主副职应为“主职”或“副职”", errors);
        var birthDate = RecordFile.optionalDate(row, "birthDate", h.cell(cells, "birthDate"), errors);
        var both = Cells.yesNo(h.cell(cells, "holdsBothPosts"));
        if (both.isEmpty()) {
            errors.add(new RowError(row, "holdsBothPosts", "一肩挑应为“是”或“否”"));
        }
        String payText = h.cell(cells, "annualPay");
        Long pay = payText.isEmpty() ? Long.valueOf(0) : RecordFile.yuan(row, "annualPay", payText, false, errors);
        var servedFrom = RecordFile.optionalDate(row, "servedFrom", h.cell(cells, "servedFrom"), errors);
        if (servedFrom == null && h.cell(cells, "servedFrom").isEmpty()) {
            errors.add(new RowError(row, "servedFrom", "任职开始日期不能为空"));
        }
        var servedTo = RecordFile.optionalDate(row, "servedTo", h.cell(cells, "servedTo"), errors);
        if (!errors.isEmpty()) {
            return new RecordFile.Parsed<>(null, errors);
        }
        VillageCadre c = new VillageCadre(null, org, name, gender, birthDate, post, rank, both.get(), pay, servedFrom, servedTo);
        String problem = c.inconsistency();
        if (problem != null) {
            errors.add(new RowError(row, problem.contains("日期") ? "servedTo" : "post", problem));
        }
        return new RecordFile.Parsed<>(errors.isEmpty() ? c : null, errors);
    }

    /** The natural key of a row within one file: one term of one person in one post. */
    static String key(VillageCadre c) {
        return c.organizationId() + "/" + c.name() + "/" + c.post() + "/" + c.servedFrom();
    }

    static List<Object> cells(String orgCode, VillageCadre c) {
        return Arrays.asList(orgCode, c.name(), c.gender().label, POSTS.get(c.post()), RANKS.get(c.rank()), c.servedFrom(),
                c.birthDate(), c.holdsBothPosts() ? "是" : "否", Cells.yuan(c.annualPay()), c.servedTo());
    }
}
