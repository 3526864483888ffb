package io.shuzhi.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks one row of a member file and turns it into a {@link MemberEntry}, or lists every problem in it.
 * Messages name the column and the rule, never the ID number or phone typed in the cell.
 */
final class MemberRowParser {

    static final Columns COLUMNS = Columns.of(
            "orgCode", "组织编码", "name", "姓名", "gender", "性别", "birthDate", "出生日期", "education", "学历",
            "joinDate", "入党日期", "status", "党员状态", "mobile", "流动党员", "phone", "联系电话", "idNumber", "身份证号")
            .optional("ethnicity", "民族");

    /** Finds the organization a code names and the caller may change: its id, or why not. */
    interface Organizations {
        Resolution resolve(String code);
    }

    record Resolution(Long id, String problem) {
    }

    record Result(MemberEntry entry, List<RowError> errors) {
    }

    private final Organizations organizations;
    private final LocalDate today;

    MemberRowParser(Organizations organizations, LocalDate today) {
        this.organizations = organizations;
        this.today = today;
    }

    Result parse(int row, Columns.Header header, List<String> cells) {
        List<RowError> errors = new ArrayList<>();
        Function<String, String> cell = name -> header.cell(cells, name);

        Long organizationId = null;
        String code = cell.apply("orgCode");
        if (code.isEmpty()) {
            errors.add(new RowError(row, "orgCode", "组织编码不能为空"));
        } else {
            Resolution r = organizations.resolve(code);
            if (r.problem() != null) {
                errors.add(new RowError(row, "orgCode", r.problem()));
            }
            organizationId = r.id();
        }
        String name = cell.apply("name");
        if (name.isEmpty() || name.length() > 100) {
            errors.add(new RowError(row, "name", name.isEmpty() ? "姓名不能为空" : "姓名不能超过100个字"));
        }
        Gender gender = required(row, "gender", cell, Gender::fromLabel, "性别应为“男”或“女”", errors);
        LocalDate birthDate = required(row, "birthDate", cell, Cells::date, "出生日期格式应为 yyyy-MM-dd", errors);
        Education education = required(row, "education", cell, Education::fromLabel,
                "学历应为：研究生、大学本科、大学专科、中专、高中、初中及以下", errors);
        LocalDate joinDate = required(row, "joinDate", cell, Cells::date, "入党日期格式应为 yyyy-MM-dd", errors);
        MemberStatus status = required(row, "status", cell, MemberStatus::fromLabel, "党员状态应为“正式党员”或“预备党员”", errors);
        Optional<Boolean> mobile = Cells.yesNo(cell.apply("mobile"));
        if (mobile.isEmpty()) {
            errors.add(new RowError(row, "mobile", "流动党员应填“是”或“否”"));
        }
        String phone = cell.apply("phone").isEmpty() ? null : PhoneNumber.normalize(cell.apply("phone"));
        if (phone != null) {
            PhoneNumber.problem(phone).ifPresent(p -> errors.add(new RowError(row, "phone", p)));
        }
        IdNumber idNumber = null;
        Optional<String> idProblem = IdNumber.problem(cell.apply("idNumber"));
        if (idProblem.isPresent()) {
            errors.add(new RowError(row, "idNumber", idProblem.get()));
        } else {
            idNumber = new IdNumber(IdNumber.normalize(cell.apply("idNumber"))); // checked just above
        }
        checkDates(row, birthDate, joinDate, idNumber, errors);
        String ethnicity = cell.apply("ethnicity");
        if (ethnicity.length() > 32) {
            errors.add(new RowError(row, "ethnicity", "民族不能超过32个字"));
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        return new Result(new MemberEntry(organizationId, name, gender, birthDate, ethnicity.isEmpty() ? null : ethnicity,
                education, joinDate, status, mobile.orElseThrow(), phone, idNumber), List.of());
    }

    private void checkDates(int row, LocalDate birthDate, LocalDate joinDate, IdNumber idNumber, List<RowError> errors) {
        if (birthDate != null && idNumber != null && !birthDate.equals(idNumber.birthDate())) {
            errors.add(new RowError(row, "birthDate", "出生日期与身份证号中的出生日期不一致"));
        }
        if (joinDate != null && joinDate.isAfter(today)) {
            errors.add(new RowError(row, "joinDate", "入党日期不能晚于今天"));
        }
        if (birthDate != null && joinDate != null && joinDate.isBefore(birthDate.plusYears(18))) {
            errors.add(new RowError(row, "joinDate", "入党时应年满18周岁"));
        }
    }

    private static <T> T required(int row, String column, Function<String, String> cell, Function<String, Optional<T>> parse,
                                  String message, List<RowError> errors) {
        String text = cell.apply(column);
        Optional<T> value = text.isEmpty() ? Optional.empty() : parse.apply(text);
        if (value.isEmpty()) {
            errors.add(new RowError(row, column, text.isEmpty() ? columnLabel(column) + "不能为空" : message));
        }
        return value.orElse(null);
    }

    static String columnLabel(String column) {
        return COLUMNS.chineseByName().getOrDefault(column, column);
    }
}
