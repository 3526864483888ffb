package io.shuzhi.workrecord.keychallenge;

/** 选题 → 破题 → 结题: a key challenge is chosen, analysed (a way in found), then solved. */
public enum ChallengeStage {
    SELECTED, ANALYSED, SOLVED
}
