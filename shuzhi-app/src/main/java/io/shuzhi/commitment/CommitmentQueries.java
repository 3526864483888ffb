package io.shuzhi.commitment;

import io.shuzhi.account.Caller;
import io.shuzhi.organization.OrganizationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads over many commitments: lists, the fulfilment rate, and unscoped views for warnings and rankings. */
@Service
@Transactional(readOnly = true)
public class CommitmentQueries {

    private final CommitmentRepository repository;
    private final CommitmentService service;
    private final OrganizationService organizations;

    CommitmentQueries(CommitmentRepository repository, CommitmentService service, OrganizationService organizations) {
        this.repository = repository;
        this.service = service;
        this.organizations = organizations;
    }

    /** In the caller's scope, below organizationId (inclusive); deadlines in {@code year} when given. */
    public List<JudgedCommitment> list(Caller caller, Long organizationId, Integer year) {
        if (organizationId != null) {
            organizations.get(caller, organizationId);
        }
        LocalDate from = year == null ? null : LocalDate.of(year, 1, 1);
        LocalDate to = year == null ? null : LocalDate.of(year, 12, 31);
        return repository.list(caller.scope(), organizationId, from, to).stream().map(service::judged).toList();
    }

    /** 兑现率 of the subtree's commitments whose deadline falls in the year. */
    public FulfilmentRate fulfilmentRate(Caller caller, long organizationId, int year) {
        return FulfilmentRate.of(list(caller, organizationId, year).stream().map(JudgedCommitment::status).toList());
    }

    /** Per organization (its own commitments, not its subtree's), for rankings; system call. */
    public Map<Long, FulfilmentRate> fulfilmentByOrganization(Collection<Long> organizationIds, int year) {
        return repository.ofOrganizations(organizationIds, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(service::judged)
                .collect(Collectors.groupingBy(j -> j.commitment().organizationId(),
                        Collectors.collectingAndThen(Collectors.mapping(JudgedCommitment::status, Collectors.toList()), FulfilmentRate::of)));
    }

    /** Every commitment not yet rated, judged now; for warnings and reminders (system call). */
    public List<JudgedCommitment> allUnrated() {
        return repository.unrated().stream().map(service::judged)
                .filter(j -> !j.status().rated()).toList();
    }
}
