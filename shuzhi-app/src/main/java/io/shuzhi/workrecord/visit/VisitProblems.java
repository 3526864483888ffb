package io.shuzhi.workrecord.visit;

import io.shuzhi.account.Caller;
import io.shuzhi.rectification.Problem;
import io.shuzhi.rectification.ProblemService;
import io.shuzhi.rectification.ProblemSource;
import io.shuzhi.shared.InvalidInputException;
import io.shuzhi.workrecord.scope.Place;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Puts a visit's findings on the problem list (列入问题清单), at the caller's request: workrecord never raises problems
 * by itself. A leader's visit is an inspection from above, so the source is {@link ProblemSource#INSPECTION}; the
 * problem points back with {@code sourceRef = "field-visit:<id>"}. The rectification feature checks that the caller
 * may write the organization the problems are raised for.
 */
@Service
public class VisitProblems {

    static final ProblemSource SOURCE = ProblemSource.INSPECTION;

    private final FieldVisitService visits;
    private final ProblemService problems;

    VisitProblems(FieldVisitService visits, ProblemService problems) {
        this.visits = visits;
        this.problems = problems;
    }

    /**
     * @param organizationId which of the visit's places owns the problems; may be left out when the visit names one place
     * @param items          indices into {@link Findings#split} of the findings to raise; empty or null for all
     * @return the ids of the problems created, in the order of the findings
     */
    @Transactional
    public List<Long> raise(Caller caller, long visitId, Long organizationId, List<Integer> items) {
        FieldVisit visit = visits.get(caller, visitId);
        List<String> findings = Findings.split(visit.findings());
        if (findings.isEmpty()) {
            throw new InvalidInputException("workrecord.visit.no-findings", "findings", "这次调研没有记录发现的问题 / The visit has no findings");
        }
        long owner = owner(visit, organizationId);
        List<String> chosen = items == null || items.isEmpty() ? findings : items.stream().map(i -> {
            if (i == null || i < 0 || i >= findings.size()) {
                throw new InvalidInputException("workrecord.visit.no-such-finding", "items", "没有这一条问题 / No such finding: " + i);
            }
            return findings.get(i);
        }).toList();
        return problems.raiseFrom(caller, SOURCE, "field-visit:" + visitId, owner, chosen).stream().map(Problem::id).toList();
    }

    private static long owner(FieldVisit visit, Long organizationId) {
        if (organizationId == null) {
            if (visit.places().size() != 1) {
                throw new InvalidInputException("workrecord.visit.choose-organization", "organizationId",
                        "请选择问题属于哪个党组织 / Choose the organization the problems belong to");
            }
            return visit.places().get(0).id();
        }
        if (visit.places().stream().map(Place::id).noneMatch(organizationId::equals)) {
            throw new InvalidInputException("workrecord.visit.not-visited", "organizationId",
                    "这次调研没有到这个党组织 / The visit did not go to this organization");
        }
        return organizationId;
    }
}
