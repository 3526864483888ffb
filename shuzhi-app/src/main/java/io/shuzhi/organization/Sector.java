package io.shuzhi.organization;

/** 机关 / 事业单位 / 国有企业 / 非公企业 / 社会组织; territorial organizations have none. */
public enum Sector {
    AGENCY, PUBLIC_INSTITUTION, STATE_ENTERPRISE, PRIVATE_ENTERPRISE, SOCIAL_ORGANIZATION
}
