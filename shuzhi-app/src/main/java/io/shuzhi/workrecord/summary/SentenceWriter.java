package io.shuzhi.workrecord.summary;

import io.shuzhi.workrecord.ActivitySentences;
import io.shuzhi.workrecord.RecordRef;
import io.shuzhi.workrecord.keychallenge.ChallengeStage;
import io.shuzhi.workrecord.keychallenge.KeyChallenge;
import io.shuzhi.workrecord.meeting.Meeting;
import io.shuzhi.workrecord.meeting.MeetingKind;
import io.shuzhi.workrecord.proxyservice.ProxyServiceLedger;
import io.shuzhi.workrecord.scope.Place;
import io.shuzhi.workrecord.talk.HeartToHeartTalk;
import io.shuzhi.workrecord.training.Training;
import io.shuzhi.workrecord.visit.FieldVisit;
import io.shuzhi.workrecord.visit.Purpose;
import io.shuzhi.workrecord.visit.VisitTally;

import io.shuzhi.organization.Level;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the highlight sentences in the style reports already use ("主持召开12次常委会专题研究基层党建，先后15次到73个村
 * 调研督办。"), from the records themselves. Pure: the same facts always give the same sentences, and nothing is
 * said that the records do not show (no figure, no sentence).
 */
public final class SentenceWriter {

    /** Everything the sentences draw on. {@code asLeader}: written in the first person of one leader ("主持召开"). */
    public record Facts(boolean asLeader, List<Meeting> meetings, VisitTally visits, List<KeyChallenge> challenges,
                 List<HeartToHeartTalk> talks, List<Training> trainings, ActivitySummary.Coverage coverage,
                 List<ProxyServiceLedger.MonthCount> proxyServices) {
    }

    private SentenceWriter() {
    }

    public static List<ActivitySentences.Sentence> write(Facts f) {
        List<ActivitySentences.Sentence> out = new ArrayList<>();
        meetingsAndVisits(f).ifPresent(out::add);
        contactPointVisits(f).ifPresent(out::add);
        challenges(f).ifPresent(out::add);
        if (!f.talks().isEmpty()) {
            out.add(sentence("开展谈心谈话" + f.talks().size() + "次。", f.talks().stream().map(t -> new RecordRef("HeartToHeartTalk", t.id())).toList()));
        }
        if (!f.trainings().isEmpty()) {
            int people = f.trainings().stream().mapToInt(Training::headcount).sum();
            String coverage = f.coverage().percent() == null ? "" : "，覆盖率" + f.coverage().percent() + "%";
            out.add(sentence("举办培训班" + f.trainings().size() + "期，培训" + people + "人次" + coverage + "。",
                    f.trainings().stream().map(t -> new RecordRef("Training", t.id())).toList()));
        }
        long services = f.proxyServices().stream().mapToLong(ProxyServiceLedger.MonthCount::count).sum();
        if (services > 0) {
            int places = (int) f.proxyServices().stream().map(ProxyServiceLedger.MonthCount::organizationId).distinct().count();
            out.add(sentence(places + "个村（社区）代办服务事项" + services + "件。", f.proxyServices().stream()
                    .map(ProxyServiceLedger.MonthCount::organizationId).distinct().map(id -> new RecordRef("ProxyService", id)).toList()));
        }
        return out;
    }

    private static java.util.Optional<ActivitySentences.Sentence> meetingsAndVisits(Facts f) {
        List<String> clauses = new ArrayList<>();
        List<RecordRef> refs = new ArrayList<>();
        Map<MeetingKind, Long> byKind = f.meetings().stream().collect(Collectors.groupingBy(Meeting::kind, () -> new java.util.EnumMap<>(MeetingKind.class), Collectors.counting()));
        List<String> studied = new ArrayList<>();
        if (byKind.containsKey(MeetingKind.STANDING_COMMITTEE)) studied.add(byKind.get(MeetingKind.STANDING_COMMITTEE) + "次常委会");
        if (byKind.containsKey(MeetingKind.LEADING_GROUP)) studied.add(byKind.get(MeetingKind.LEADING_GROUP) + "次领导小组会");
        if (byKind.containsKey(MeetingKind.OTHER)) studied.add(byKind.get(MeetingKind.OTHER) + "次专题会议");
        if (!studied.isEmpty()) {
            clauses.add((f.asLeader() ? "主持召开" : "召开") + String.join("、", studied) + "专题研究基层党建");
        }
        if (byKind.containsKey(MeetingKind.WORK_REPORT)) {
            clauses.add(byKind.get(MeetingKind.WORK_REPORT) + "次听取基层党组织书记专题汇报");
        }
        f.meetings().forEach(m -> refs.add(new RecordRef("Meeting", m.id())));
        VisitTally v = f.visits();
        if (v.fieldVisits() > 0) {
            clauses.add("先后" + v.fieldVisits() + "次到" + placesPhrase(v) + verb(v));
            v.visits().forEach(visit -> refs.add(new RecordRef("FieldVisit", visit.id())));
        }
        return clauses.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(sentence(String.join("，", clauses) + "。", refs));
    }

    private static java.util.Optional<ActivitySentences.Sentence> contactPointVisits(Facts f) {
        List<FieldVisit> toContactPoints = f.visits().visits().stream().filter(v -> v.purpose() == Purpose.CONTACT_POINT).toList();
        if (toContactPoints.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(sentence((f.asLeader() ? "带头" : "") + "到联系点调研" + toContactPoints.size() + "次。",
                toContactPoints.stream().map(v -> new RecordRef("FieldVisit", v.id())).toList()));
    }

    private static java.util.Optional<ActivitySentences.Sentence> challenges(Facts f) {
        List<KeyChallenge> solved = f.challenges().stream().filter(k -> k.stage() == ChallengeStage.SOLVED).toList();
        int underway = f.challenges().size() - solved.size();
        if (f.challenges().isEmpty()) {
            return java.util.Optional.empty();
        }
        StringBuilder text = new StringBuilder(f.asLeader() ? "牵头" : "");
        if (!solved.isEmpty()) {
            text.append("破解").append(solved.size()).append("个党建难题（")
                    .append(solved.stream().map(KeyChallenge::title).map(t -> "“" + t + "”").collect(Collectors.joining("、"))).append("）");
        }
        if (underway > 0) {
            text.append(solved.isEmpty() ? "" : "，").append(underway).append("个党建难题正在攻坚");
        }
        return java.util.Optional.of(sentence(text + "。", f.challenges().stream().map(k -> new RecordRef("KeyChallenge", k.id())).toList()));
    }

    /** "73个村", "12个村（社区）" or "20个基层党组织", by what was visited. */
    private static String placesPhrase(VisitTally v) {
        Set<Level> levels = v.placesVisited().stream().map(Place::level).collect(Collectors.toSet());
        int n = v.organizationsVisited();
        if (levels.equals(Set.of(Level.VILLAGE))) return n + "个村";
        if (Set.of(Level.VILLAGE, Level.COMMUNITY).containsAll(levels)) return n + "个村（社区）";
        return n + "个基层党组织";
    }

    private static String verb(VisitTally v) {
        Set<Purpose> purposes = v.visits().stream().map(FieldVisit::purpose).collect(Collectors.toSet());
        boolean supervised = purposes.contains(Purpose.SUPERVISION);
        boolean researched = purposes.stream().anyMatch(p -> p != Purpose.SUPERVISION);
        return supervised && researched ? "调研督办" : supervised ? "督办" : "调研";
    }

    private static ActivitySentences.Sentence sentence(String text, List<RecordRef> refs) {
        return new ActivitySentences.Sentence(text, List.copyOf(refs));
    }
}
