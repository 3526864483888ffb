package io.shuzhi.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The exchange format of yearly funding, amounts in 元 (two decimals); matched on re-import by organization and year. */
final class FundingFile {

    static final Columns COLUMNS = Columns.of("orgCode", "组织编码", "year", "年度", "transferPayment", "转移支付（元）",
            "operatingFunds", "工作经费（元）", "collectiveIncome", "集体经济收入（元）");

    private FundingFile() {
    }

    static RecordFile.Parsed<Funding> parse(int row, Columns.Header h, List<String> cells, MemberRowParser.Organizations orgs) {
        List<RowError> errors = new ArrayList<>();
        Long org = RecordFile.organization(row, h.cell(cells, "orgCode"), orgs, errors);
        Integer year = RecordFile.count(row, "year", h.cell(cells, "year"), true, errors);
        if (year != null && (year < 1949 || year > 2200)) {
            errors.add(new RowError(row, "year", "年度应在1949至2200之间"));
        }
        Long transfer = RecordFile.yuan(row, "transferPayment", h.cell(cells, "transferPayment"), false, errors);
        Long operating = RecordFile.yuan(row, "operatingFunds", h.cell(cells, "operatingFunds"), false, errors);
        Long collective = RecordFile.yuan(row, "collectiveIncome", h.cell(cells, "collectiveIncome"), true, errors);
        return new RecordFile.Parsed<>(errors.isEmpty() ? new Funding(null, org, year, transfer, operating, collective) : null, errors);
    }

    static List<Object> cells(String orgCode, Funding f) {
        return Arrays.asList(orgCode, f.year(), Cells.yuan(f.transferPayment()), Cells.yuan(f.operatingFunds()), Cells.yuan(f.collectiveIncome()));
    }
}
