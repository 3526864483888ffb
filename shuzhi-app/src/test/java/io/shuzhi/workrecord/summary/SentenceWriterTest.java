package io.shuzhi.workrecord.summary;

import io.shuzhi.workrecord.ActivitySentences;
import io.shuzhi.workrecord.RecordRef;
import io.shuzhi.workrecord.keychallenge.ChallengeStage;
import io.shuzhi.workrecord.keychallenge.KeyChallenge;
import io.shuzhi.workrecord.meeting.Meeting;
import io.shuzhi.workrecord.meeting.MeetingKind;
import io.shuzhi.workrecord.proxyservice.ProxyServiceLedger;
import io.shuzhi.workrecord.training.Training;
import io.shuzhi.workrecord.training.TrainingRole;
import io.shuzhi.workrecord.visit.FieldVisit;
import io.shuzhi.workrecord.visit.Purpose;
import io.shuzhi.workrecord.visit.VisitTally;
import io.shuzhi.workrecord.visit.Visits;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.shuzhi.workrecord.visit.Visits.*;
import static org.assertj.core.api.Assertions.assertThat;

class SentenceWriterTest {

    static final LocalDate D = LocalDate.of(2015, 5, 4);

    static Meeting meeting(long id, MeetingKind kind) {
        return new Meeting(id, 1, "县委", kind, D, 7L, "基层党建", null);
    }

    static SentenceWriter.Facts facts(boolean asLeader, List<Meeting> meetings, List<FieldVisit> visits) {
        return new SentenceWriter.Facts(asLeader, meetings, new VisitTally(visits, "/1/"), List.of(), List.of(), List.of(),
                new ActivitySummary.Coverage(0, 0), List.of());
    }

    @Test
    void meetingsAndVisitsInTheReportsOwnWords() {
        List<Meeting> meetings = new ArrayList<>();
        for (int i = 1; i <= 12; i++) meetings.add(meeting(i, MeetingKind.STANDING_COMMITTEE));
        List<FieldVisit> visits = List.of(visit(D, Purpose.RESEARCH, VILLAGE_1), visit(D, Purpose.SUPERVISION, VILLAGE_2, VILLAGE_3));

        var sentences = SentenceWriter.write(facts(true, meetings, visits));

        assertThat(sentences.get(0).text()).isEqualTo("主持召开12次常委会专题研究基层党建，先后2次到3个村调研督办。");
        assertThat(sentences.get(0).records()).hasSize(14)
                .contains(new RecordRef("Meeting", 1), new RecordRef("FieldVisit", visits.get(1).id()));
    }

    @Test
    void theVerbAndPlacesFollowTheRecords() {
        var onlySupervision = SentenceWriter.write(facts(false, List.of(), List.of(visit(D, Purpose.SUPERVISION, VILLAGE_1, COMMUNITY))));
        assertThat(onlySupervision.get(0).text()).isEqualTo("先后1次到2个村（社区）督办。");

        var mixed = SentenceWriter.write(facts(false, List.of(meeting(1, MeetingKind.LEADING_GROUP)), List.of(visit(D, Purpose.RESEARCH, TOWN_A))));
        assertThat(mixed.get(0).text()).isEqualTo("召开1次领导小组会专题研究基层党建，先后1次到1个基层党组织调研。");
    }

    @Test
    void noRecordsNoSentences() {
        assertThat(SentenceWriter.write(facts(true, List.of(), List.of()))).isEmpty();
    }

    @Test
    void challengesTrainingAndServices() {
        var solved = new KeyChallenge(5, 7, 1, 2015, "村副职养老保险补贴", ChallengeStage.SOLVED, "a", "o", null, D, D, D);
        var open = new KeyChallenge(6, 7, 1, 2015, "远程教育覆盖", ChallengeStage.SELECTED, null, null, null, D, null, null);
        var training = new Training(8, 1, "村干部轮训", D, D, Map.of(TrainingRole.VILLAGE_PRINCIPAL, 30, TrainingRole.VILLAGE_DEPUTY, 10));
        var services = List.of(new ProxyServiceLedger.MonthCount(11, "一村", YearMonth.of(2015, 1), 300),
                new ProxyServiceLedger.MonthCount(11, "一村", YearMonth.of(2015, 2), 200),
                new ProxyServiceLedger.MonthCount(12, "二村", YearMonth.of(2015, 1), 100));

        var sentences = SentenceWriter.write(new SentenceWriter.Facts(true, List.of(), new VisitTally(List.of(), "/1/"),
                List.of(solved, open), List.of(), List.of(training), new ActivitySummary.Coverage(40, 50), services));

        assertThat(sentences).extracting(ActivitySentences.Sentence::text).containsExactly(
                "牵头破解1个党建难题（“村副职养老保险补贴”），1个党建难题正在攻坚。",
                "举办培训班1期，培训40人次，覆盖率80%。",
                "2个村（社区）代办服务事项600件。");
        assertThat(sentences.get(0).records()).containsExactly(new RecordRef("KeyChallenge", 5), new RecordRef("KeyChallenge", 6));
    }
}
