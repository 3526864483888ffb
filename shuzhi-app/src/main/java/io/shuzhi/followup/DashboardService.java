package io.shuzhi.followup;

import io.shuzhi.account.Caller;
import io.shuzhi.commitment.CommitmentQueries;
import io.shuzhi.commitment.FulfilmentRate;
import io.shuzhi.commitment.JudgedCommitment;
import io.shuzhi.organization.Organization;
import io.shuzhi.organization.OrganizationService;
import io.shuzhi.rectification.Problem;
import io.shuzhi.rectification.ProblemService;
import io.shuzhi.warning.Warning;
import io.shuzhi.warning.WarningColor;
import io.shuzhi.warning.WarningService;
import io.shuzhi.weakorg.WeakOrganizationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the dashboard from one read per source (the subtree's problems, commitments, warnings, weak organizations). */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private final OrganizationService organizations;
    private final ProblemService problems;
    private final CommitmentQueries commitments;
    private final WarningService warnings;
    private final WeakOrganizationService weak;
    private final Clock clock;

    DashboardService(OrganizationService organizations, ProblemService problems, CommitmentQueries commitments,
                     WarningService warnings, WeakOrganizationService weak, Clock clock) {
        this.organizations = organizations;
        this.problems = problems;
        this.commitments = commitments;
        this.warnings = warnings;
        this.weak = weak;
        this.clock = clock;
    }

    public Dashboard build(Caller caller, long rootId, int year) {
        Organization root = organizations.get(caller, rootId);
        LocalDate today = LocalDate.now(clock);
        Instant ninetyDaysAgo = clock.instant().minus(Duration.ofDays(90));
        List<Problem> all = problems.list(caller, rootId, null, false);
        var counts = new Dashboard.ProblemCounts(
                (int) all.stream().filter(p -> !p.status().isClosed()).count(),
                (int) all.stream().filter(p -> p.overdue(today)).count(),
                (int) all.stream().filter(p -> !p.status().isClosed() && !p.dueDate().isBefore(today) && !p.dueDate().isAfter(today.plusDays(7))).count(),
                (int) all.stream().filter(p -> p.status().isClosed() && p.closedAt() != null && p.closedAt().isAfter(ninetyDaysAgo)).count());

        List<JudgedCommitment> judged = commitments.list(caller, rootId, year);
        List<Organization> children = organizations.children(caller, rootId);
        Map<Long, String> pathOf = organizations.subtree(caller, rootId).stream().collect(Collectors.toMap(Organization::id, Organization::path));
        List<Dashboard.ChildFulfilment> byChild = children.stream().map(child -> new Dashboard.ChildFulfilment(child.id(), child.name(),
                FulfilmentRate.of(judged.stream()
                        .filter(j -> pathOf.getOrDefault(j.commitment().organizationId(), "").startsWith(child.path()))
                        .map(JudgedCommitment::status).toList()))).toList();

        Map<String, Long> byColor = new LinkedHashMap<>();
        for (WarningColor c : WarningColor.values()) {
            byColor.put(c.name(), 0L);
        }
        warnings.current(caller, rootId, null).stream().map(Warning::color).forEach(c -> byColor.merge(c.name(), 1L, Long::sum));

        return new Dashboard(root.id(), root.name(), year, counts, FulfilmentRate.of(judged.stream().map(JudgedCommitment::status).toList()),
                byChild, byColor, weak.list(caller, rootId, year));
    }
}
