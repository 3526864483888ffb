package io.shuzhi.warning;

import java.util.List;

/** Supplies the subjects of one type with their facts, as of now. Other features add beans for their subjects. */
public interface WarningFacts {

    SubjectType type();

    /** Every subject that might warrant a warning (e.g. every problem not closed), across the tree. */
    List<Subject> subjects();
}
