package io.shuzhi.workrecord.scope;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Role;
import io.shuzhi.account.Scope;
import io.shuzhi.organization.Level;
import io.shuzhi.shared.NotFoundException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Organizations as the records see them, always through a scope: one IN query for many ids. An organization the
 * caller may not see is reported as missing (404), never as forbidden, so ids outside one's scope reveal nothing.
 */
@Component
public class Places {

    public static final RowMapper<Place> MAPPER = (rs, n) -> new Place(rs.getLong("id"), rs.getString("code"),
            rs.getString("name"), Level.valueOf(rs.getString("level")), rs.getString("path"));

    private final JdbcClient jdbc;

    Places(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who may enter records: secretaries and the organization department, each in their own subtree. */
    public static Scope writeScope(Caller caller) {
        return caller.scopeFor(Role.SECRETARY, Role.ORGANIZATION_DEPARTMENT);
    }

    public Place visible(Caller caller, long id) {
        return require(caller.scope(), List.of(id)).get(0);
    }

    public Place writable(Caller caller, long id) {
        return require(writeScope(caller), List.of(id)).get(0);
    }

    /** All of {@code ids}, in the given order, or 404 naming the first one missing from {@code scope}. */
    public List<Place> require(Scope scope, Collection<Long> ids) {
        var wanted = new LinkedHashSet<>(ids);
        Map<Long, Place> found = find(scope, wanted).stream().collect(Collectors.toMap(Place::id, Function.identity()));
        for (Long id : wanted) {
            if (!found.containsKey(id)) {
                throw new NotFoundException("Organization", id);
            }
        }
        return wanted.stream().map(found::get).toList();
    }

    public List<Place> find(Scope scope, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return scope.bind(jdbc.sql("SELECT o.id, o.code, o.name, o.level, o.path FROM organization o WHERE o.id IN (:ids) AND "
                        + Scope.sql("o")))
                .param("ids", List.copyOf(ids))
                .query(MAPPER).list();
    }

    /** Organizations of the given levels in a scope, in tree order: the choices of a form (bounded, for a phone). */
    public List<Place> choices(Scope scope, java.util.Set<Level> levels) {
        return scope.bind(jdbc.sql("SELECT o.id, o.code, o.name, o.level, o.path FROM organization o WHERE o.active"
                        + " AND o.level IN (:levels) AND " + Scope.sql("o") + " ORDER BY o.path LIMIT 2000"))
                .param("levels", levels.stream().map(Level::name).toList())
                .query(MAPPER).list();
    }

    /** Unscoped lookup by code for imports; the importer checks scope on the result. */
    public List<Place> byCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT o.id, o.code, o.name, o.level, o.path FROM organization o WHERE o.code IN (:codes)")
                .param("codes", List.copyOf(codes))
                .query(MAPPER).list();
    }
}
