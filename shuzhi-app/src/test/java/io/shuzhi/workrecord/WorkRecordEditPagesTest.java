package io.shuzhi.workrecord;

import io.shuzhi.support.Api;
import io.shuzhi.support.FormSession;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Correcting a mistyped visit or meeting on the pages, and removing a wrong one. */
@IntegrationTest
class WorkRecordEditPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSecretaryCorrectsAVisitOnItsEditPageAndDeletesIt() throws Exception {
        Tree tree = new Tree(Api.admin(port));
        long city = tree.org(null, "市委", "COMMITTEE", "CITY");
        long county = tree.county(city, "改正县");
        long village = tree.village(tree.township(county, "改正镇"), "改正村");
        String username = Api.unique("wredit");
        tree.secretary(username, "改正书记", county);
        FormSession session = login(username);
        LocalDate today = LocalDate.now(clock);

        session.post("/work-records/visits", "date=" + today + "&purpose=RESEARCH&organizationIds=" + village
                + "&findings=" + enc("党员台帐不全"), "/work-records/visits");
        String list = session.get("/work-records/visits?mine=true").body();
        Matcher edit = Pattern.compile("/work-records/visits/(\\d+)/edit").matcher(list);
        assertThat(edit.find()).as(list).isTrue();
        long id = Long.parseLong(edit.group(1));
        assertThat(list).contains("/work-records/visits/" + id + "/delete");

        HttpResponse<String> form = session.get(edit.group());
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("修改调研督办记录").contains("党员台帐不全").contains("value=\"" + today + "\"");

        // bad input: the form comes back with the message and what was typed; nothing is stored
        HttpResponse<String> blank = session.post(edit.group(), "date=&purpose=RESEARCH&organizationIds=" + village
                + "&findings=" + enc("半截输入"), edit.group());
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("请填写日期").contains("半截输入");
        HttpResponse<String> backwards = session.post(edit.group(), "date=" + today + "&endDate=" + today.minusDays(1)
                + "&purpose=RESEARCH&organizationIds=" + village + "&findings=" + enc("倒着的日期"), edit.group());
        assertThat(backwards.statusCode()).isEqualTo(200);
        assertThat(backwards.body()).contains("结束日期不能早于开始日期").contains("倒着的日期");
        assertThat(revisions("field-visit.revised", id)).isZero();
        assertThat(session.get("/work-records/visits?mine=true").body()).contains("党员台帐不全").doesNotContain("半截输入");

        LocalDate corrected = today.minusDays(1).getYear() == today.getYear() ? today.minusDays(1) : today.plusDays(1);
        HttpResponse<String> saved = session.post(edit.group(), "date=" + corrected + "&purpose=SUPERVISION&organizationIds=" + village
                + "&leaderName=" + enc("改正书记") + "&findings=" + enc("党员台账不全"), edit.group());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String after = session.get(path(saved)).body();
        assertThat(after).contains("已保存").contains("党员台账不全").doesNotContain("党员台帐不全").contains(corrected.toString());
        assertThat(revisions("field-visit.revised", id)).isEqualTo(1);
        // the leader stays the account it was, not a bare name
        assertThat(session.get("/work-records/visits?mine=true").body()).contains("党员台账不全");

        // someone outside the county's subtree sees no such visit
        String stranger = Api.unique("wrother");
        tree.secretary(stranger, "外县书记", tree.county(city, "外县"));
        FormSession other = login(stranger);
        assertThat(other.get(edit.group()).statusCode()).isEqualTo(404);
        assertThat(other.get("/work-records/visits/" + id + "/delete").statusCode()).isEqualTo(404);
        assertThat(other.post("/work-records/visits/" + id + "/delete", "", "/work-records/visits").statusCode()).isEqualTo(404);
        assertThat(other.post(edit.group(), "date=" + today + "&purpose=RESEARCH&organizationIds=" + village, "/work-records/visits")
                .statusCode()).isEqualTo(404);

        HttpResponse<String> confirm = session.get("/work-records/visits/" + id + "/delete");
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("确定删除").contains("仍保留在问题清单中");
        HttpResponse<String> deleted = session.post("/work-records/visits/" + id + "/delete", "", "/work-records/visits/" + id + "/delete");
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(session.get(path(deleted)).body()).contains("已删除").doesNotContain("党员台账不全");
        assertThat(revisions("field-visit.deleted", id)).isEqualTo(1);
        assertThat(session.get(edit.group()).statusCode()).isEqualTo(404);
    }

    @Test
    void aSecretaryCorrectsAMeetingAndDeletesIt() throws Exception {
        Tree tree = new Tree(Api.admin(port));
        long city = tree.org(null, "市委", "COMMITTEE", "CITY");
        long county = tree.county(city, "会议改正县");
        String username = Api.unique("wrmeet");
        tree.secretary(username, "会议书记", county);
        FormSession session = login(username);
        LocalDate today = LocalDate.now(clock);

        assertThat(session.post("/work-records/meetings", "date=" + today + "&kind=STANDING_COMMITTEE&organizationId=" + county
                + "&topics=" + enc("研究村级换届"), "/work-records/meetings").statusCode()).isEqualTo(302);
        String list = session.get("/work-records/meetings?mine=true").body();
        Matcher edit = Pattern.compile("/work-records/meetings/(\\d+)/edit").matcher(list);
        assertThat(edit.find()).as(list).isTrue();
        long id = Long.parseLong(edit.group(1));
        assertThat(session.get(edit.group()).body()).contains("修改会议记录").contains("研究村级换届");

        HttpResponse<String> blank = session.post(edit.group(), "date=" + today + "&kind=LEADING_GROUP&organizationId=" + county
                + "&topics=&decisions=" + enc("留着的决定"), edit.group());
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("请填写研究议题").contains("留着的决定");
        assertThat(revisions("meeting.revised", id)).isZero();

        HttpResponse<String> saved = session.post(edit.group(), "date=" + today + "&kind=LEADING_GROUP&organizationId=" + county
                + "&topics=" + enc("研究村级组织换届") + "&decisions=" + enc("成立工作专班"), edit.group());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String after = session.get(path(saved)).body();
        assertThat(after).contains("已保存").contains("研究村级组织换届").contains("成立工作专班").contains("党建工作领导小组会");
        assertThat(revisions("meeting.revised", id)).isEqualTo(1);
        // the chair is still the secretary: the meeting is still among "mine"
        assertThat(session.get("/work-records/meetings?mine=true").body()).contains("研究村级组织换届");

        String stranger = Api.unique("wrmeeto");
        tree.secretary(stranger, "外县书记", tree.county(city, "会议外县"));
        assertThat(login(stranger).get(edit.group()).statusCode()).isEqualTo(404);

        assertThat(session.get("/work-records/meetings/" + id + "/delete").body()).contains("确定删除");
        HttpResponse<String> deleted = session.post("/work-records/meetings/" + id + "/delete", "", "/work-records/meetings/" + id + "/delete");
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(session.get(path(deleted)).body()).contains("已删除").doesNotContain("研究村级组织换届");
        assertThat(revisions("meeting.deleted", id)).isEqualTo(1);
    }

    private FormSession login(String username) throws Exception {
        FormSession session = new FormSession(port);
        HttpResponse<String> login = session.post("/login", "username=" + username + "&password=secretary-pass-1", "/login");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
        return session;
    }

    private int revisions(String action, long id) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = :a AND entity_id = :id")
                .param("a", action).param("id", String.valueOf(id)).query(Integer.class).single();
    }

    private static String path(HttpResponse<String> redirect) {
        return redirect.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
