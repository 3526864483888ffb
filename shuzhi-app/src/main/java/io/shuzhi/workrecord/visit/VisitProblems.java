package io.shuzhi.workrecord.visit;

import io.shuzhi.account.Caller;
import io.shuzhi.rectification.Problem;
import io.shuzhi.rectification.ProblemService;
import io.shuzhi.rectification.ProblemSource;
import io.shuzhi.shared.InvalidInputException;
import io.shuzhi.workrecord.scope.Place;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a visit's findings on the problem list (列入问题清单), at the caller's request: workrecord never raises problems
 * by itself. A leader's visit is an inspection from above, so the source is {@link ProblemSource#INSPECTION}; the
 * problem points back with {@code sourceRef = "field-visit:<id>"}. The rectification feature checks that the caller
 * may write the organization the problems are raised for. A finding already raised for the organization is not
 * raised again ({@link RaisedFindings}): the answer is the problem it already is.
 */
@Service
public class VisitProblems {

    static final ProblemSource SOURCE = ProblemSource.INSPECTION;

    private final FieldVisitService visits;
    private final ProblemService problems;
    private final RaisedFindings raisedFindings;

    VisitProblems(FieldVisitService visits, ProblemService problems, RaisedFindings raisedFindings) {
        this.visits = visits;
        this.problems = problems;
        this.raisedFindings = raisedFindings;
    }

    /** The problems of the chosen findings, in the order of the findings, and how many of them this call created. */
    public record Raised(List<Problem> problems, int created) {

        public List<Long> ids() {
            return problems.stream().map(Problem::id).toList();
        }

        /** The problems' numbers, for telling the user where the findings already are. */
        public String numbers() {
            return String.join("、", problems.stream().map(Problem::number).distinct().toList());
        }
    }

    /**
     * @param organizationId which of the visit's places owns the problems; may be left out when the visit names one place
     * @param items          indices into {@link Findings#split} of the findings to raise; empty or null for all
     */
    @Transactional
    public Raised raise(Caller caller, long visitId, Long organizationId, List<Integer> items) {
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
        raisedFindings.lock(visitId);
        Map<String, Long> linked = raisedFindings.problemsOf(visitId, owner);
        List<String> missing = chosen.stream().distinct().filter(f -> !linked.containsKey(f)).toList();
        // Called even when nothing is missing: it is also the check that the caller may write the owner's problem list,
        // so a reader cannot learn the ids by asking to raise again.
        List<Problem> created = problems.raiseFrom(caller, SOURCE, "field-visit:" + visitId, owner, missing);
        Map<String, Problem> byFinding = new HashMap<>();
        for (int i = 0; i < missing.size(); i++) {
            raisedFindings.link(visitId, owner, missing.get(i), created.get(i).id());
            byFinding.put(missing.get(i), created.get(i));
        }
        List<Problem> answer = chosen.stream().map(f -> byFinding.computeIfAbsent(f, x -> problems.get(caller, linked.get(x)))).toList();
        return new Raised(answer, created.size());
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
