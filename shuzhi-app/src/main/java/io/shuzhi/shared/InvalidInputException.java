package io.shuzhi.shared;

import java.util.List;

/** Input that is syntactically fine but breaks a rule: 422 with the offending fields. */
public class InvalidInputException extends DomainException {

    private final List<FieldProblem> problems;

    public InvalidInputException(String code, String message, List<FieldProblem> problems) {
        super(code, message);
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String code, String field, String message) {
        this(code, message, List.of(new FieldProblem(field, message)));
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }
}
