package io.shuzhi.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Users and their grants, loaded together in two queries (never one query per user). */
@Repository
class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Caller> findByUsername(String username) {
        return jdbc.sql("SELECT id, username, password_hash, display_name, active FROM app_user WHERE username = :u")
                .param("u", username)
                .query((rs, n) -> new UserRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)))
                .optional()
                .map(row -> row.toCaller(grantsOf(List.of(row.id())).getOrDefault(row.id(), List.of())));
    }

    Optional<Caller> findById(long id) {
        return jdbc.sql("SELECT id, username, password_hash, display_name, active FROM app_user WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new UserRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)))
                .optional()
                .map(row -> row.toCaller(grantsOf(List.of(row.id())).getOrDefault(row.id(), List.of())));
    }

    /** Users having at least one grant inside {@code scope} (or, for a global scope, all users). */
    List<Caller> findAll(Scope scope) {
        List<UserRow> rows = scope.bind(jdbc.sql("""
                        SELECT u.id, u.username, u.password_hash, u.display_name, u.active FROM app_user u
                        WHERE :scopeGlobal OR EXISTS (SELECT 1 FROM role_grant g JOIN organization o ON o.id = g.organization_id
                                                      WHERE g.user_id = u.id AND """ + Scope.sql("o") + """
                        ) ORDER BY u.username"""))
                .query((rs, n) -> new UserRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)))
                .list();
        Map<Long, List<Grant>> grants = grantsOf(rows.stream().map(UserRow::id).toList());
        return rows.stream().map(r -> r.toCaller(grants.getOrDefault(r.id(), List.of()))).toList();
    }

    boolean usernameExists(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE username = :u").param("u", username)
                .query(Long.class).single() > 0;
    }

    long insert(String username, String passwordHash, String displayName, Collection<Grant> grants) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO app_user (username, password_hash, display_name) VALUES (:u, :p, :d)")
                .param("u", username).param("p", passwordHash).param("d", displayName)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        replaceGrants(id, grants);
        return id;
    }

    void replaceGrants(long userId, Collection<Grant> grants) {
        jdbc.sql("DELETE FROM role_grant WHERE user_id = :id").param("id", userId).update();
        for (Grant g : grants) {
            jdbc.sql("INSERT INTO role_grant (user_id, role, organization_id) VALUES (:u, :r, :o) ON CONFLICT DO NOTHING")
                    .param("u", userId).param("r", g.role().name()).param("o", g.organizationId())
                    .update();
        }
    }

    void updatePassword(long userId, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = :p WHERE id = :id").param("p", passwordHash).param("id", userId).update();
    }

    void setActive(long userId, boolean active) {
        jdbc.sql("UPDATE app_user SET active = :a WHERE id = :id").param("a", active).param("id", userId).update();
    }

    /** True when every organization in {@code organizationIds} exists and lies inside {@code scope}. */
    boolean allWithin(Collection<Long> organizationIds, Scope scope) {
        if (organizationIds.isEmpty()) {
            return true;
        }
        long found = scope.bind(jdbc.sql("SELECT count(DISTINCT o.id) FROM organization o WHERE o.id IN (:ids) AND " + Scope.sql("o")))
                .param("ids", organizationIds)
                .query(Long.class).single();
        return found == organizationIds.stream().distinct().count();
    }

    private Map<Long, List<Grant>> grantsOf(List<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT user_id, role, organization_id FROM role_grant WHERE user_id IN (:ids) ORDER BY id")
                .param("ids", userIds)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Grant(Role.valueOf(rs.getString(2)), (Long) rs.getObject(3))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue,
                        Collectors.toCollection(ArrayList::new))));
    }

    private record UserRow(long id, String username, String passwordHash, String displayName, boolean active) {
        Caller toCaller(List<Grant> grants) {
            return new Caller(id, username, passwordHash, displayName, active, grants);
        }
    }
}
