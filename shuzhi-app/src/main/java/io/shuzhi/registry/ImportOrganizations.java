package io.shuzhi.registry;

import io.shuzhi.account.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.HashMap;
import java.util.Map;

/**
 * Resolves organization codes in an imported file, once per distinct code, against the subtrees the importer
 * may change. An organization outside them gets the same answer as one that does not exist.
 */
final class ImportOrganizations implements MemberRowParser.Organizations {

    private final JdbcClient jdbc;
    private final Scope writable;
    private final Map<String, MemberRowParser.Resolution> cache = new HashMap<>();

    ImportOrganizations(JdbcClient jdbc, Scope writable) {
        this.jdbc = jdbc;
        this.writable = writable;
    }

    @Override
    public MemberRowParser.Resolution resolve(String code) {
        return cache.computeIfAbsent(code, this::lookup);
    }

    private MemberRowParser.Resolution lookup(String code) {
        record Found(long id, boolean active) {
        }
        var found = writable.bind(jdbc.sql("SELECT o.id, o.active FROM organization o WHERE o.code = :code AND " + Scope.sql("o"))
                .param("code", code)).query(Found.class).optional();
        if (found.isEmpty()) {
            return new MemberRowParser.Resolution(null, "组织编码不存在或不在您的管理范围内：" + shorten(code));
        }
        if (!found.get().active()) {
            return new MemberRowParser.Resolution(found.get().id(), "该组织已撤销：" + shorten(code));
        }
        return new MemberRowParser.Resolution(found.get().id(), null);
    }

    private static String shorten(String code) {
        return code.length() > 64 ? code.substring(0, 64) + "…" : code;
    }
}
