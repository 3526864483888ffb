package io.shuzhi.registry;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Role;
import io.shuzhi.account.Scope;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.organization.Organization;
import io.shuzhi.organization.OrganizationService;
import io.shuzhi.shared.ForbiddenException;
import io.shuzhi.shared.NotFoundException;
import io.shuzhi.shared.crypto.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/**
 * Members as people see them: lists carry only masked personal data (read from stored masked columns, so a
 * list never decrypts); the full ID number and phone come only through {@link #reveal}, for ADMIN or
 * ORGANIZATION_DEPARTMENT over the member's organization, and every reveal is audited.
 */
@Service
@Transactional(readOnly = true)
public class MemberService {

    private final JdbcClient jdbc;
    private final OrganizationService organizations;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;

    MemberService(JdbcClient jdbc, OrganizationService organizations, PersonalDataCipher cipher, AuditLog audit) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** Current members of the organization's subtree, by organization then name. */
    public Page<MemberView> list(Caller caller, long organizationId, String name, int page, int size) {
        Organization root = organizations.get(caller, organizationId);
        String filter = name == null || name.isBlank() ? "" : name.trim();
        String where = " FROM member m JOIN organization o ON o.id = m.organization_id"
                + " WHERE o.path LIKE :rootPath || '%' AND m.left_on IS NULL AND (:name = '' OR m.name LIKE '%' || :name || '%')";
        long total = jdbc.sql("SELECT count(*)" + where).param("rootPath", root.path()).param("name", filter)
                .query(Long.class).single();
        List<MemberView> rows = jdbc.sql("SELECT " + MemberView.COLUMNS + where + " ORDER BY o.path, m.name, m.id LIMIT :limit OFFSET :offset")
                .param("rootPath", root.path()).param("name", filter)
                .param("limit", size).param("offset", (long) page * size)
                .query(MemberView.class).list();
        return new Page<>(rows, page, size, total);
    }

    public MemberView get(Caller caller, long id) {
        return caller.scope().bind(jdbc.sql("SELECT " + MemberView.COLUMNS
                        + " FROM member m JOIN organization o ON o.id = m.organization_id WHERE m.id = :id AND " + Scope.sql("o")))
                .param("id", id).query(MemberView.class).optional()
                .orElseThrow(() -> new NotFoundException("Member", id));
    }

    /** The full ID number and phone of one member, for an authorized caller; audited. */
    @Transactional
    public Revealed reveal(Caller caller, long id) {
        MemberView member = get(caller, id);
        if (!mayReveal(caller, member.organizationId())) {
            throw new ForbiddenException("member.reveal-forbidden", "无权查看完整的身份证号和联系电话 / You may not see full personal data");
        }
        record Sealed(byte[] idNumberCipher, byte[] phoneCipher) {
        }
        Sealed sealed = jdbc.sql("SELECT id_number_cipher, phone_cipher FROM member WHERE id = :id").param("id", id)
                .query(Sealed.class).single();
        audit.record("member.revealed", "Member", id, member.organizationId(), null, Map.of("fields", List.of("idNumber", "phone")));
        return new Revealed(id, cipher.decrypt(sealed.idNumberCipher()),
                sealed.phoneCipher() == null ? null : cipher.decrypt(sealed.phoneCipher()));
    }

    boolean mayReveal(Caller caller, long organizationId) {
        return organizations.find(caller.scopeFor(Role.ORGANIZATION_DEPARTMENT), organizationId).isPresent();
    }

    public record Revealed(long id, String idNumber, String phone) {
        @Override
        public String toString() {
            return "Revealed[" + id + "]";
        }
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }
}
