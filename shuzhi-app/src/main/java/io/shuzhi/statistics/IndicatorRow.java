package io.shuzhi.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * Reads one row of raw counts into indicators. The live queries and the rollup queries name their columns
 * alike, so both go through the same mapping and cannot drift apart.
 */
final class IndicatorRow {

    private IndicatorRow() {
    }

    static void members(ResultSet rs, Map<Indicator, Number> into) throws SQLException {
        into.put(Indicator.MEMBERS_TOTAL, rs.getLong("total"));
        into.put(Indicator.MEMBERS_AGED_35_OR_UNDER, rs.getLong("young"));
        into.put(Indicator.MEMBERS_AGED_36_TO_54, rs.getLong("middle"));
        into.put(Indicator.MEMBERS_AGED_55_PLUS, rs.getLong("old"));
        into.put(Indicator.FEMALE_MEMBERS, rs.getLong("female"));
        into.put(Indicator.PROBATIONARY_MEMBERS, rs.getLong("probationary"));
        into.put(Indicator.MEMBERS_HIGH_SCHOOL_OR_ABOVE, rs.getLong("high_school"));
        into.put(Indicator.MEMBERS_COLLEGE_OR_ABOVE, rs.getLong("college"));
        into.put(Indicator.MOBILE_MEMBERS, rs.getLong("mobile"));
    }

    static void cadres(ResultSet rs, Map<Indicator, Number> into) throws SQLException {
        into.put(Indicator.PRINCIPAL_CADRES_AVERAGE_PAY, (Number) rs.getObject("principal_pay"));
        into.put(Indicator.DEPUTY_CADRES_AVERAGE_PAY, (Number) rs.getObject("deputy_pay"));
        into.put(Indicator.HOLDS_BOTH_POSTS_SHARE, FormationRate.share(rs.getLong("both_posts"), rs.getLong("secretaries")));
        into.put(Indicator.COMMITTEES_WITH_WOMAN_SHARE, FormationRate.share(rs.getLong("with_woman"), rs.getLong("committees")));
    }

    static void enterprises(ResultSet rs, Map<Indicator, Number> into) throws SQLException {
        long own = rs.getLong("private_own");
        long joint = rs.getLong("private_joint");
        var enterprises = new FormationRate(own, joint, rs.getLong("private_total") - own - joint);
        into.put(Indicator.PRIVATE_ENTERPRISES, enterprises.total());
        into.put(Indicator.PRIVATE_ENTERPRISES_OWN, own);
        into.put(Indicator.PRIVATE_ENTERPRISES_JOINT, joint);
        into.put(Indicator.PRIVATE_ENTERPRISE_FORMATION_RATE, enterprises.rate());
        long socialFormed = rs.getLong("social_formed");
        var social = new FormationRate(socialFormed, 0, rs.getLong("social_total") - socialFormed);
        into.put(Indicator.SOCIAL_ORGANIZATIONS, social.total());
        into.put(Indicator.SOCIAL_ORGANIZATION_FORMATION_RATE, social.rate());
    }

    static void funding(ResultSet rs, Map<Indicator, Number> into) throws SQLException {
        into.put(Indicator.VILLAGES_WITH_FUNDING, rs.getLong("villages"));
        into.put(Indicator.VILLAGES_LOW_COLLECTIVE_INCOME, rs.getLong("low_income"));
        into.put(Indicator.AVERAGE_TRANSFER_PAYMENT, (Number) rs.getObject("avg_transfer"));
        into.put(Indicator.AVERAGE_OPERATING_FUNDS, (Number) rs.getObject("avg_operating"));
    }

    static void centers(ResultSet rs, Map<Indicator, Number> into) throws SQLException {
        into.put(Indicator.SERVICE_CENTERS, rs.getLong("centers"));
        into.put(Indicator.SERVICE_CENTERS_OFFICE_OVER_HALF, rs.getLong("over_half"));
    }
}
