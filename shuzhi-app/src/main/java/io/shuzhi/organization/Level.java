package io.shuzhi.organization;

/**
 * The administrative level of the place an organization serves. PROVINCE and CITY extend the glossary's list
 * upwards; UNIT is an organization inside an agency, institution, enterprise or social organization.
 */
public enum Level {
    PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE, COMMUNITY, UNIT
}
