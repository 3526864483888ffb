package io.shuzhi.registry;

import io.shuzhi.account.Caller;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.organization.Organization;
import io.shuzhi.shared.ConflictException;
import io.shuzhi.shared.InvalidInputException;
import io.shuzhi.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Private enterprises and social organizations and their party-organization coverage. */
@Service
@Transactional(readOnly = true)
public class EnterpriseService {

    private final EnterpriseRepository repository;
    private final RegistryAccess access;
    private final AuditLog audit;

    EnterpriseService(EnterpriseRepository repository, RegistryAccess access, AuditLog audit) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
    }

    public List<Enterprise> list(Caller caller, long organizationId) {
        return repository.inSubtree(access.readable(caller, organizationId).path());
    }

    public Enterprise get(Caller caller, long id) {
        Enterprise e = repository.findById(id).orElseThrow(() -> new NotFoundException("Enterprise", id));
        access.readable(caller, e.organizationId()); // 404 when outside the caller's scope
        return e;
    }

    @Transactional
    public Enterprise create(Caller caller, Enterprise e) {
        access.writable(caller, e.organizationId());
        check(e);
        if (repository.idOf(e.creditCode()).isPresent()) {
            throw new ConflictException("enterprise.duplicate-credit-code", "该统一社会信用代码已登记 / Credit code already registered");
        }
        long id = repository.insert(e);
        Enterprise created = repository.findById(id).orElseThrow();
        audit.record("enterprise.created", "Enterprise", id, e.organizationId(), null, created);
        return created;
    }

    @Transactional
    public Enterprise update(Caller caller, long id, Enterprise e) {
        Enterprise before = get(caller, id);
        access.writable(caller, before.organizationId());
        access.writable(caller, e.organizationId());
        check(e);
        repository.idOf(e.creditCode()).filter(other -> other != id).ifPresent(other -> {
            throw new ConflictException("enterprise.duplicate-credit-code", "该统一社会信用代码已登记 / Credit code already registered");
        });
        repository.update(id, e);
        Enterprise after = repository.findById(id).orElseThrow();
        audit.record("enterprise.updated", "Enterprise", id, e.organizationId(), before, after);
        return after;
    }

    private static void check(Enterprise e) {
        String problem = e.inconsistency();
        if (problem != null) {
            throw new InvalidInputException("enterprise.inconsistent", "formedOn", problem);
        }
    }

    Organization writable(Caller caller, long organizationId) {
        return access.writable(caller, organizationId);
    }
}
