package io.shuzhi.registry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The exchange format of service centres (党群服务中心), areas in m² with one decimal; one per organization, matched by it. */
final class ServiceCenterFile {

    static final Columns COLUMNS = Columns.of("orgCode", "组织编码", "floorArea", "总面积（㎡）", "officeArea", "办公用房面积（㎡）")
            .optional("openingHours", "开放时间").optional("builtOn", "建成日期");

    private ServiceCenterFile() {
    }

    static RecordFile.Parsed<ServiceCenter> parse(int row, Columns.Header h, List<String> cells, MemberRowParser.Organizations orgs) {
        List<RowError> errors = new ArrayList<>();
        Long org = RecordFile.organization(row, h.cell(cells, "orgCode"), orgs, errors);
        BigDecimal floor = area(row, "floorArea", h.cell(cells, "floorArea"), errors);
        BigDecimal office = area(row, "officeArea", h.cell(cells, "officeArea"), errors);
        if (floor != null && floor.signum() == 0) {
            errors.add(new RowError(row, "floorArea", "总面积应大于0"));
        }
        if (floor != null && office != null && office.compareTo(floor) > 0) {
            errors.add(new RowError(row, "officeArea", "办公用房面积不能大于总面积"));
        }
        String hours = h.cell(cells, "openingHours");
        if (hours.length() > 200) {
            errors.add(new RowError(row, "openingHours", "开放时间不超过200字"));
        }
        var builtOn = RecordFile.optionalDate(row, "builtOn", h.cell(cells, "builtOn"), errors);
        return new RecordFile.Parsed<>(errors.isEmpty()
                ? new ServiceCenter(null, org, floor, office, hours.isEmpty() ? null : hours, builtOn) : null, errors);
    }

    private static BigDecimal area(int row, String column, String text, List<RowError> errors) {
        try {
            BigDecimal a = new BigDecimal(text.replace(",", ""));
            if (a.signum() < 0 || a.stripTrailingZeros().scale() > 1 || a.compareTo(new BigDecimal("999999999")) > 0) {
                throw new NumberFormatException();
            }
            return a.setScale(1, java.math.RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            errors.add(new RowError(row, column, text.isEmpty() ? "不能为空" : "面积应为最多一位小数的非负数（㎡）"));
            return null;
        }
    }

    static List<Object> cells(String orgCode, ServiceCenter s) {
        return Arrays.asList(orgCode, s.floorArea().setScale(1).toPlainString(), s.officeArea().setScale(1).toPlainString(),
                s.openingHours(), s.builtOn());
    }
}
