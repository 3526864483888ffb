package io.shuzhi.warning;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Role;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.notification.NotificationService;
import io.shuzhi.organization.Organization;
import io.shuzhi.organization.OrganizationService;
import io.shuzhi.shared.ForbiddenException;
import io.shuzhi.shared.InvalidInputException;
import io.shuzhi.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Colours are evaluated from today's facts whenever they are read, so a list is never stale; {@link #recompute}
 * (on every change and on a schedule) compares them with the recorded state to keep the history and to notify
 * exactly once on entry and on escalation. An override (with a reason and its approver) beats the rules.
 */
@Service
@Transactional(readOnly = true)
public class WarningService {

    static final String OVERRIDE = "override";

    private final List<WarningFacts> facts;
    private final WarningRepository repository;
    private final OrganizationService organizations;
    private final NotificationService notifications;
    private final AuditLog audit;
    private final Clock clock;

    WarningService(List<WarningFacts> facts, WarningRepository repository, OrganizationService organizations,
                   NotificationService notifications, AuditLog audit, Clock clock) {
        this.facts = facts;
        this.repository = repository;
        this.organizations = organizations;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** Current warnings in the caller's scope, below organizationId (inclusive) when given, of one colour when given. */
    public List<Warning> current(Caller caller, Long organizationId, WarningColor color) {
        List<Organization> visible = organizationId == null ? organizations.list(caller) : organizations.subtree(caller, organizationId);
        Set<Long> ids = visible.stream().map(Organization::id).collect(Collectors.toSet());
        return evaluate().stream().filter(w -> ids.contains(w.organizationId()))
                .filter(w -> color == null || w.color() == color).toList();
    }

    /** Every warning across the tree, as of now (system use). */
    public List<Warning> evaluate() {
        List<WarningRule> rules = repository.activeRules();
        Map<String, WarningRepository.State> states = repository.states();
        Map<String, WarningRepository.Override> overrides = repository.overrides();
        Instant now = clock.instant();
        List<Warning> warnings = new ArrayList<>();
        for (Subject s : subjects()) {
            String key = s.type() + ":" + s.id();
            WarningRepository.Override o = overrides.get(key);
            WarningColor color;
            String rule;
            if (o != null) {
                color = o.color();
                rule = OVERRIDE;
            } else {
                var fired = WarningEvaluator.evaluate(rules, s);
                color = fired.map(WarningRule::color).orElse(null);
                rule = fired.map(WarningRule::code).orElse(null);
            }
            if (color != null) {
                WarningRepository.State state = states.get(key);
                Instant since = state != null && state.color() == color ? state.since() : now;
                warnings.add(new Warning(s.type(), s.id(), s.organizationId(), s.label(), s.link(), color, since, rule));
            }
        }
        return warnings;
    }

    /**
     * Records entries, escalations, de-escalations and clearances; notifies on entry and escalation only. Runs in its
     * own transaction under a database-wide lock, so concurrent triggers queue instead of notifying twice.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recompute() {
        repository.lockRecompute();
        Map<String, WarningRepository.State> states = new HashMap<>(repository.states());
        Instant now = clock.instant();
        for (Warning w : evaluate()) {
            WarningRepository.State before = states.remove(w.subjectType() + ":" + w.subjectId());
            if (before != null && before.color() == w.color()) {
                continue;
            }
            WarningColor from = before == null ? null : before.color();
            repository.history(w.subjectType(), w.subjectId(), w.organizationId(), from, w.color(), w.rule(), null, "system", now);
            repository.saveState(new WarningRepository.State(w.subjectType(), w.subjectId(), w.organizationId(), w.color(), w.rule(), now));
            if (w.color().isWorseThan(from)) {
                notifications.notify(w.organizationId(), "warning." + w.color().name().toLowerCase(),
                        WarningText.title(w, from), w.link());
            }
        }
        for (WarningRepository.State gone : states.values()) {
            repository.history(gone.type(), gone.id(), gone.organizationId(), gone.color(), null, null, null, "system", now);
            repository.deleteState(gone.type(), gone.id());
        }
    }

    /** A manual colour (null: no warning) with a reason, approved by the organization department over the subject. */
    @Transactional
    public Warning override(Caller caller, SubjectType type, long subjectId, WarningColor color, String reason) {
        Subject subject = subjects().stream().filter(s -> s.type() == type && s.id() == subjectId).findFirst()
                .orElseThrow(() -> new NotFoundException(type.name(), subjectId));
        organizations.get(caller, subject.organizationId());
        if (organizations.find(caller.scopeFor(Role.ORGANIZATION_DEPARTMENT), subject.organizationId()).isEmpty()) {
            throw new ForbiddenException("warning.override-forbidden", "预警调整须由组织部门审批 / Only the organization department may override a warning");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("warning.reason-required", "reason", "调整预警须说明理由 / An override needs a reason");
        }
        repository.saveOverride(type, subjectId, color, reason.trim(), caller.getUsername(), clock.instant());
        repository.history(type, subjectId, subject.organizationId(), null, color, OVERRIDE, reason.trim(), caller.getUsername(), clock.instant());
        audit.record("warning.overridden", type.name(), subjectId, subject.organizationId(), null, color + ": " + reason.trim());
        recompute();
        return evaluate().stream().filter(w -> w.subjectType() == type && w.subjectId() == subjectId).findFirst()
                .orElse(new Warning(type, subjectId, subject.organizationId(), subject.label(), subject.link(), null, clock.instant(), OVERRIDE));
    }

    public List<WarningRepository.HistoryEntry> history(Caller caller, SubjectType type, long subjectId) {
        List<WarningRepository.HistoryEntry> entries = repository.historyOf(type, subjectId);
        Long org = repository.organizationOf(type, subjectId);
        if (org == null || organizations.find(caller.scope(), org).isEmpty()) {
            throw new NotFoundException(type.name(), subjectId);
        }
        return entries;
    }

    private List<Subject> subjects() {
        return facts.stream().flatMap(f -> f.subjects().stream()).toList();
    }
}
