package io.shuzhi.workrecord.proxyservice;

import io.shuzhi.workrecord.WorkRecordChanged;
import io.shuzhi.workrecord.summary.ActivityFilter;
import io.shuzhi.workrecord.scope.Place;
import io.shuzhi.workrecord.scope.Places;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Scope;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.organization.Level;
import io.shuzhi.shared.DomainException.FieldProblem;
import io.shuzhi.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 代办服务 counts, one number per village/community and month. Entering a month again replaces it (the latest
 * figure wins), so a corrected sheet can simply be imported again.
 */
@Service
@Transactional(readOnly = true)
public class ProxyServiceLedger {

    private static final Set<Level> PLACES = Set.of(Level.VILLAGE, Level.COMMUNITY);

    public record MonthCount(long organizationId, String organizationName, YearMonth month, int count) {
    }

    private final JdbcClient jdbc;
    private final Places places;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProxyServiceLedger(JdbcClient jdbc, Places places, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.places = places;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public MonthCount record(Caller caller, long organizationId, YearMonth month, int count) {
        Place org = places.writable(caller, organizationId);
        if (!PLACES.contains(org.level())) {
            throw new InvalidInputException("proxy-service.not-a-village", "organizationId", "代办服务按村或社区登记 / Counted per village or community");
        }
        store(org, month, count);
        events.publishEvent(new WorkRecordChanged("ProxyService", org.id(), null, List.of(org.id())));
        return new MonthCount(org.id(), org.name(), month, count);
    }

    /** All rows or none: one bad row (unknown code, outside scope, not a village) stores nothing and names every problem. */
    @Transactional
    public int importRows(Caller caller, ProxyServiceRows.Parsed parsed) {
        List<FieldProblem> problems = new ArrayList<>(parsed.problems());
        Scope writable = Places.writeScope(caller);
        Map<String, Place> byCode = places.byCodes(parsed.lines().stream().map(ProxyServiceRows.Line::orgCode).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Place::code, Function.identity()));
        Set<Long> allowed = places.find(writable, byCode.values().stream().map(Place::id).toList())
                .stream().map(Place::id).collect(Collectors.toSet());
        for (var line : parsed.lines()) {
            Place org = byCode.get(line.orgCode());
            if (org == null || !allowed.contains(org.id())) {
                problems.add(new FieldProblem("row " + line.row() + " orgCode", "第" + line.row() + "行：未找到组织编码或无权登记 / unknown organization code: " + line.orgCode()));
            } else if (!PLACES.contains(org.level())) {
                problems.add(new FieldProblem("row " + line.row() + " orgCode", "第" + line.row() + "行：只能登记村或社区 / not a village or community: " + line.orgCode()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("proxy-service.import-rejected", "导入失败，未保存任何数据 / Nothing was imported", problems);
        }
        parsed.lines().forEach(line -> store(byCode.get(line.orgCode()), line.month(), line.count()));
        List<Long> touched = parsed.lines().stream().map(l -> byCode.get(l.orgCode()).id()).distinct().toList();
        if (!touched.isEmpty()) {
            // one event for the whole sheet: the linked counters are recomputed once, not once per row
            events.publishEvent(new WorkRecordChanged("ProxyService", touched.get(0), null, touched));
        }
        return parsed.lines().size();
    }

    public List<MonthCount> list(ActivityFilter filter) {
        return filter.scope().bind(jdbc.sql("SELECT p.organization_id, o.name, p.month, p.service_count FROM proxy_service_count p"
                        + " JOIN organization o ON o.id = p.organization_id WHERE p.month BETWEEN :from AND :to"
                        + " AND o.path LIKE :rootPath || '%' AND " + Scope.sql("o") + " ORDER BY o.path, p.month"))
                .param("from", filter.from()).param("to", filter.to()).param("rootPath", filter.rootPath())
                .query((rs, n) -> new MonthCount(rs.getLong(1), rs.getString(2), YearMonth.from(rs.getObject(3, LocalDate.class)), rs.getInt(4)))
                .list();
    }

    private void store(Place org, YearMonth month, int count) {
        jdbc.sql("INSERT INTO proxy_service_count (organization_id, month, service_count, updated_at) VALUES (:o, :m, :c, :now)"
                        + " ON CONFLICT (organization_id, month) DO UPDATE SET service_count = EXCLUDED.service_count, updated_at = EXCLUDED.updated_at")
                .param("o", org.id()).param("m", month.atDay(1)).param("c", count).param("now", Timestamp.from(clock.instant()))
                .update();
        audit.record("proxy-service.counted", "ProxyService", org.id() + ":" + month, org.id(), null, Map.of("month", month.toString(), "count", count));
    }
}
