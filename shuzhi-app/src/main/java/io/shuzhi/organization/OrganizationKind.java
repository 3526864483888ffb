package io.shuzhi.organization;

/** 党委 / 党工委 / 党总支 / 党支部 / 联合党支部. */
public enum OrganizationKind {
    COMMITTEE, WORKING_COMMITTEE, GENERAL_BRANCH, BRANCH, JOINT_BRANCH
}
