package io.shuzhi.shared;

import java.util.List;

/**
 * A business rule said no. Each subclass names the rule; the web layer turns it into an RFC 9457 problem
 * with the status and stable {@code code} given here, and a page into a friendly message.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The HTTP status this maps to. */
    public abstract int status();

    /** A stable, machine-readable name of the rule, e.g. {@code organization.cycle}. */
    public String code() {
        return code;
    }

    /** Field-level errors, when the problem is with particular inputs. */
    public List<FieldProblem> fieldProblems() {
        return List.of();
    }

    /** One bad input: which field (or row/column of a file) and what is wrong with it. */
    public record FieldProblem(String field, String message) {
    }
}
