package io.shuzhi.workrecord.training;

/** Who sits in a course: coverage is counted per role ("村'两委'干部轮训一遍"). */
public enum TrainingRole {
    VILLAGE_PRINCIPAL, VILLAGE_DEPUTY, FIRST_SECRETARY, COMMUNITY_CADRE, BRANCH_SECRETARY, MEMBER
}
