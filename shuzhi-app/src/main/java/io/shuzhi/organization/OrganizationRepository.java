package io.shuzhi.organization;

import io.shuzhi.account.Scope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/** Reads and writes the tree. Every read that serves a caller takes its {@link Scope}. */
@Repository
class OrganizationRepository {

    static final String COLUMNS = "o.id, o.parent_id, o.code, o.name, o.kind, o.level, o.sector, o.secretary_name,"
            + " o.founded_on, o.active, o.path, o.depth";

    static final RowMapper<Organization> MAPPER = OrganizationRepository::map;

    private final JdbcClient jdbc;

    OrganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Organization> findAll(Scope scope, boolean includeInactive) {
        return scope.bind(jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE " + Scope.sql("o")
                        + " AND (o.active OR :includeInactive) ORDER BY o.path"))
                .param("includeInactive", includeInactive)
                .query(MAPPER).list();
    }

    /** Name or code search within scope, at most {@code limit} rows, shallowest first. */
    List<Organization> search(Scope scope, String text, int limit) {
        String pattern = "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return scope.bind(jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE " + Scope.sql("o")
                        + " AND (lower(o.name) LIKE :p OR lower(o.code) LIKE :p) ORDER BY o.depth, o.path LIMIT :limit"))
                .param("p", pattern).param("limit", limit)
                .query(MAPPER).list();
    }

    List<Organization> findChildren(Scope scope, Long parentId) {
        return scope.bind(jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE " + Scope.sql("o")
                        + " AND o.parent_id = :parentId ORDER BY o.code"))
                .param("parentId", parentId)
                .query(MAPPER).list();
    }

    /** The topmost organizations the scope reaches (roots of its subtrees). */
    List<Organization> findScopeRoots(Scope scope) {
        return scope.bind(jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE " + Scope.sql("o")
                        + " AND NOT EXISTS (SELECT 1 FROM organization p WHERE p.id = o.parent_id AND "
                        + Scope.sql("p") + ") ORDER BY o.code"))
                .query(MAPPER).list();
    }

    Optional<Organization> findById(long id, Scope scope) {
        return scope.bind(jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE o.id = :id AND " + Scope.sql("o")))
                .param("id", id)
                .query(MAPPER).optional();
    }

    Optional<Organization> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE o.id = :id")
                .param("id", id).query(MAPPER).optional();
    }

    Optional<Organization> findByCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE o.code = :code")
                .param("code", code).query(MAPPER).optional();
    }

    List<Organization> findSubtree(Organization root) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE o.path LIKE :prefix ORDER BY o.path")
                .param("prefix", root.path() + "%")
                .query(MAPPER).list();
    }

    /** Which of {@code codes} are taken, in chunks so a province-sized file stays within the bind-parameter limit. */
    Set<String> existingCodes(Collection<String> codes) {
        Set<String> found = new HashSet<>();
        for (List<String> chunk : chunks(codes)) {
            found.addAll(jdbc.sql("SELECT code FROM organization WHERE code IN (:codes)").param("codes", chunk)
                    .query(String.class).list());
        }
        return found;
    }

    /** The organizations with these codes that lie inside {@code scope}, by code. */
    Map<String, Organization> findByCodes(Collection<String> codes, Scope scope) {
        Map<String, Organization> found = new HashMap<>();
        for (List<String> chunk : chunks(codes)) {
            scope.bind(jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE o.code IN (:codes) AND " + Scope.sql("o")))
                    .param("codes", chunk)
                    .query(MAPPER).list().forEach(o -> found.put(o.code(), o));
        }
        return found;
    }

    private static List<List<String>> chunks(Collection<String> values) {
        List<String> all = List.copyOf(new LinkedHashSet<>(values));
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 1000) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 1000)));
        }
        return chunks;
    }

    boolean isEmpty() {
        return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM organization)").query(Boolean.class).single();
    }

    boolean codeExists(String code) {
        return jdbc.sql("SELECT count(*) FROM organization WHERE code = :code").param("code", code)
                .query(Long.class).single() > 0;
    }

    long insert(NewOrganization org, Organization parent) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO organization (parent_id, code, name, kind, level, sector, secretary_name, founded_on, path, depth)
                        VALUES (:parentId, :code, :name, :kind, :level, :sector, :secretaryName, :foundedOn, '/', 0)""")
                .param("parentId", parent == null ? null : parent.id())
                .param("code", org.code()).param("name", org.name())
                .param("kind", org.kind().name()).param("level", org.level().name())
                .param("sector", org.sector() == null ? null : org.sector().name())
                .param("secretaryName", org.secretaryName()).param("foundedOn", org.foundedOn())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        String path = (parent == null ? "/" : parent.path()) + id + "/";
        jdbc.sql("UPDATE organization SET path = :path, depth = :depth WHERE id = :id")
                .param("path", path).param("depth", parent == null ? 0 : parent.depth() + 1).param("id", id)
                .update();
        return id;
    }

    void update(long id, OrganizationDetails details) {
        jdbc.sql("""
                        UPDATE organization SET name = :name, kind = :kind, level = :level, sector = :sector,
                               secretary_name = :secretaryName, founded_on = :foundedOn, version = version + 1
                        WHERE id = :id""")
                .param("id", id).param("name", details.name())
                .param("kind", details.kind().name()).param("level", details.level().name())
                .param("sector", details.sector() == null ? null : details.sector().name())
                .param("secretaryName", details.secretaryName()).param("foundedOn", details.foundedOn())
                .update();
    }

    void setActive(long id, boolean active) {
        jdbc.sql("UPDATE organization SET active = :active, version = version + 1 WHERE id = :id")
                .param("id", id).param("active", active).update();
    }

    /** Re-roots a subtree: one statement rewrites the path prefix and depth of every descendant. */
    void move(Organization org, Organization newParent) {
        String newPath = newParent.path() + org.id() + "/";
        int depthDelta = newParent.depth() + 1 - org.depth();
        jdbc.sql("UPDATE organization SET parent_id = :parentId WHERE id = :id")
                .param("parentId", newParent.id()).param("id", org.id()).update();
        jdbc.sql("""
                        UPDATE organization SET path = :newPath || substr(path, length(:oldPath) + 1), depth = depth + :delta
                        WHERE path LIKE :oldPrefix""")
                .param("newPath", newPath).param("oldPath", org.path()).param("oldPrefix", org.path() + "%")
                .param("delta", depthDelta)
                .update();
    }

    private static Organization map(ResultSet rs, int row) throws SQLException {
        String sector = rs.getString("sector");
        java.sql.Date founded = rs.getDate("founded_on");
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new Organization(rs.getLong("id"), parentId, rs.getString("code"), rs.getString("name"),
                OrganizationKind.valueOf(rs.getString("kind")), Level.valueOf(rs.getString("level")),
                sector == null ? null : Sector.valueOf(sector), rs.getString("secretary_name"),
                founded == null ? null : founded.toLocalDate(), rs.getBoolean("active"), rs.getString("path"),
                rs.getInt("depth"));
    }
}
