package io.shuzhi.workrecord;

import io.shuzhi.support.Api;
import io.shuzhi.support.FormSession;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;


import java.net.URLEncoder;


import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;



import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages as a secretary uses them on a phone: log in, enter a visit with one short form, see it counted. */
@IntegrationTest
class WorkRecordPagesTest {


    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    FormSession session;

    @BeforeEach
    void openSession() {
        session = new FormSession(port);
    }

    HttpResponse<String> get(String path) throws Exception {
        return session.get(path);
    }

    HttpResponse<String> post(String path, String form, String csrfFrom) throws Exception {
        return session.post(path, form, csrfFrom);
    }

    @Test
    void aSecretaryRecordsAVisitOnTheFormAndSeesItCounted() throws Exception {
        Api admin = Api.admin(port);
        Tree tree = new Tree(admin);
        long county = tree.county(tree.org(null, "市委", "COMMITTEE", "CITY"), "页面县");
        long village = tree.village(tree.township(county, "页面镇"), "页面村");
        String username = Api.unique("wrpage");
        tree.secretary(username, "页面书记", county);

        HttpResponse<String> login = post("/login", "username=" + username + "&password=secretary-pass-1", "/login");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
        HttpResponse<String> form = get("/work-records/visits");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("登记一次调研督办").contains("页面村").contains("value=\"" + LocalDate.now(clock) + "\"");

        HttpResponse<String> empty = post("/work-records/visits", "date=" + LocalDate.now(clock) + "&purpose=RESEARCH", "/work-records/visits");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("请至少选择一个组织");

        HttpResponse<String> saved = post("/work-records/visits", "date=" + LocalDate.now(clock) + "&purpose=SUPERVISION&organizationIds=" + village
                + "&notes=" + URLEncoder.encode("检查党群服务中心值班", StandardCharsets.UTF_8), "/work-records/visits");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(get(saved.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body())
                .contains("检查党群服务中心值班").contains("调研督办已登记");

        HttpResponse<String> summary = get("/work-records?organizationId=" + county + "&mine=true");
        assertThat(summary.statusCode()).isEqualTo(200);
        assertThat(summary.body()).contains("先后1次到1个村督办。").contains("复制");

        for (String list : new String[]{"contact-points", "key-challenges", "talks", "trainings", "proxy-services", "meetings"}) {
            assertThat(get("/work-records/" + list + "?organizationId=" + county).statusCode()).as(list).isEqualTo(200);
        }
    }

    @Test
    void aFindingGoesOnTheProblemListFromTheVisitPage() throws Exception {
        Api admin = Api.admin(port);
        Tree tree = new Tree(admin);
        long county = tree.county(tree.org(null, "市委", "COMMITTEE", "CITY"), "问题县");
        long village = tree.village(tree.township(county, "问题镇"), "问题村");
        String username = Api.unique("wrfind");
        tree.secretary(username, "问题书记", county);
        post("/login", "username=" + username + "&password=secretary-pass-1", "/login");

        post("/work-records/visits", "date=" + LocalDate.now(clock) + "&purpose=RESEARCH&organizationIds=" + village
                + "&findings=" + URLEncoder.encode("1. 三会一课记录不全；2. 党员活动室闲置", StandardCharsets.UTF_8), "/work-records/visits");
        String page = get("/work-records/visits?mine=true").body();
        assertThat(page).contains("列入问题清单").contains("党员活动室闲置");
        Matcher action = Pattern.compile("/work-records/visits/(\\d+)/findings/raise").matcher(page);
        assertThat(action.find()).isTrue();

        HttpResponse<String> raised = post(action.group(), "item=1&organizationId=" + village, "/work-records/visits?mine=true");
        assertThat(raised.statusCode()).isEqualTo(302);
        assertThat(get("/work-records/visits").body()).contains("已列入问题清单 1 条");
        HttpResponse<String> twice = post(action.group(), "item=1&organizationId=" + village, "/work-records/visits?mine=true");
        assertThat(twice.statusCode()).isEqualTo(302);
        assertThat(get("/work-records/visits").body()).contains("该问题已列入问题清单（编号");
    }

    @Test
    void aKeyChallengeGoesThroughItsStepsOnThePage() throws Exception {
        Api admin = Api.admin(port);
        Tree tree = new Tree(admin);
        long county = tree.county(tree.org(null, "市委", "COMMITTEE", "CITY"), "难题县");
        String username = Api.unique("wrstep");
        tree.secretary(username, "难题书记", county);
        post("/login", "username=" + username + "&password=secretary-pass-1", "/login");

        String page = "/work-records/key-challenges";
        assertThat(post(page, "organizationId=" + county + "&title=" + URLEncoder.encode("村级集体经济薄弱", StandardCharsets.UTF_8), page).statusCode()).isEqualTo(302);
        String list = get(page).body();
        assertThat(list).contains("村级集体经济薄弱").contains("已选题");
        Matcher analyse = Pattern.compile("/work-records/key-challenges/(\\d+)/analyse").matcher(list);
        assertThat(analyse.find()).isTrue();
        String id = analyse.group(1);

        post(page + "/" + id + "/solve", "outcome=x", page);
        assertThat(get(page).body()).contains("难题须先破题再结题");

        post(page + "/" + id + "/analyse", "analysis=" + URLEncoder.encode("组建参谋团", StandardCharsets.UTF_8), page);
        post(page + "/" + id + "/solve", "outcome=" + URLEncoder.encode("20个薄弱村收入超5万元", StandardCharsets.UTF_8), page);
        assertThat(get(page).body()).contains("已结题").contains("20个薄弱村收入超5万元");

        assertThat(post("/work-records/talks", "organizationId=" + county + "&kind=TEAM_MEMBER&date=" + LocalDate.now(clock)
                + "&counterpartName=" + URLEncoder.encode("李副书记", StandardCharsets.UTF_8), "/work-records/talks").statusCode()).isEqualTo(302);
        assertThat(get("/work-records/talks").body()).contains("李副书记").contains("与班子成员");
    }
}
