package io.shuzhi.workrecord.keychallenge;

import io.shuzhi.shared.ConflictException;
import io.shuzhi.shared.InvalidInputException;

import java.time.LocalDate;

/**
 * 党建难题 / 书记项目: the hard problem a leader takes on for the year. It only moves forward, one step at a time,
 * and cannot be closed without saying what came of it.
 */
public record KeyChallenge(long id, long leaderUserId, long organizationId, int year, String title, ChallengeStage stage,
                    String analysis, String outcome, String evidence, LocalDate selectedOn, LocalDate analysedOn,
                    LocalDate solvedOn) {

    KeyChallenge analyse(String analysisText, LocalDate on) {
        if (stage != ChallengeStage.SELECTED) {
            throw new ConflictException("key-challenge.not-selected", "只有“已选题”的难题可以破题 / Only a selected challenge can be analysed");
        }
        requireText(analysisText, "analysis", "请写明破题思路 / Describe how the problem will be tackled");
        return new KeyChallenge(id, leaderUserId, organizationId, year, title, ChallengeStage.ANALYSED, analysisText.strip(),
                outcome, evidence, selectedOn, on, null);
    }

    KeyChallenge solve(String outcomeText, String evidenceText, LocalDate on) {
        if (stage != ChallengeStage.ANALYSED) {
            throw new ConflictException("key-challenge.not-analysed", "难题须先破题再结题 / A challenge must be analysed before it is solved");
        }
        requireText(outcomeText, "outcome", "请写明解决成效 / Describe the outcome");
        return new KeyChallenge(id, leaderUserId, organizationId, year, title, ChallengeStage.SOLVED, analysis,
                outcomeText.strip(), evidenceText == null || evidenceText.isBlank() ? null : evidenceText.strip(),
                selectedOn, analysedOn, on);
    }

    private static void requireText(String text, String field, String message) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("key-challenge.missing-" + field, field, message);
        }
    }
}
