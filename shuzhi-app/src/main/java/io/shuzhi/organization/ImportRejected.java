package io.shuzhi.organization;

import io.shuzhi.shared.InvalidInputException;

import java.util.List;

/** An import file with at least one bad row: nothing from it was stored. */
public class ImportRejected extends InvalidInputException {

    private final List<ImportError> errors;

    ImportRejected(List<ImportError> errors) {
        super("organization.import-rejected", "导入文件有 " + errors.size() + " 处错误，未导入任何组织 / The file has "
                + errors.size() + " error(s); nothing was imported", errors.stream()
                .map(e -> new FieldProblem("row " + e.row() + (e.column() == null ? "" : " " + e.column()), e.message()))
                .toList());
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
