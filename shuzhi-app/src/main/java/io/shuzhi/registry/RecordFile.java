package io.shuzhi.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** Cell checks shared by the smaller exchange tables (enterprises, funding). */
final class RecordFile {

    record Parsed<T>(T value, List<RowError> errors) {
    }

    private RecordFile() {
    }

    static Long organization(int row, String code, MemberRowParser.Organizations orgs, List<RowError> errors) {
        if (code.isEmpty()) {
            errors.add(new RowError(row, "orgCode", "组织编码不能为空"));
            return null;
        }
        var r = orgs.resolve(code);
        if (r.problem() != null) {
            errors.add(new RowError(row, "orgCode", r.problem()));
        }
        return r.id();
    }

    static <E> E label(int row, String column, String text, E[] values, Function<E, String> label, String message, List<RowError> errors) {
        for (E v : values) {
            if (label.apply(v).equals(text) || v.toString().equalsIgnoreCase(text)) {
                return v;
            }
        }
        errors.add(new RowError(row, column, message));
        return null;
    }

    static LocalDate optionalDate(int row, String column, String text, List<RowError> errors) {
        if (text.isEmpty()) {
            return null;
        }
        var d = Cells.date(text);
        if (d.isEmpty()) {
            errors.add(new RowError(row, column, "日期格式应为 yyyy-MM-dd"));
        }
        return d.orElse(null);
    }

    static Integer count(int row, String column, String text, boolean required, List<RowError> errors) {
        if (text.isEmpty()) {
            if (required) {
                errors.add(new RowError(row, column, "不能为空"));
            }
            return null;
        }
        try {
            int n = Integer.parseInt(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(new RowError(row, column, "应为不小于0的整数"));
            return null;
        }
    }

    static Long yuan(int row, String column, String text, boolean mayBeNegative, List<RowError> errors) {
        var fen = Cells.fen(text);
        if (fen.isEmpty() || (!mayBeNegative && fen.get() < 0)) {
            errors.add(new RowError(row, column, text.isEmpty() ? "不能为空" : "金额应为最多两位小数的数字（元）"));
            return null;
        }
        return fen.get();
    }
}
