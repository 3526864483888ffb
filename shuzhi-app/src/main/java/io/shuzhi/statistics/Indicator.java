package io.shuzhi.statistics;

/**
 * The figures reports cite, each with the one definition the code uses (also in docs/indicators.md and the
 * OpenAPI description). "In year Y" means as of 31 December of Y; every count covers the organization and its
 * whole subtree. Shares are fractions 0–1 and null when their denominator is 0; money is in fen.
 */
public enum Indicator {
    MEMBERS_TOTAL("membersTotal", Unit.COUNT, "党员总数", "members who joined on or before 31 Dec and had not left by then"),
    MEMBERS_AGED_35_OR_UNDER("membersAged35OrUnder", Unit.COUNT, "35岁及以下党员", "members aged ≤ 35 on 31 Dec (age = year − birth year)"),
    MEMBERS_AGED_36_TO_54("membersAged36To54", Unit.COUNT, "36至54岁党员", "members aged 36–54 on 31 Dec"),
    MEMBERS_AGED_55_PLUS("membersAged55Plus", Unit.COUNT, "55岁及以上党员", "members aged ≥ 55 on 31 Dec"),
    MEMBERS_AGED_35_OR_UNDER_SHARE("membersAged35OrUnderShare", Unit.SHARE, "35岁及以下党员占比", "membersAged35OrUnder / membersTotal"),
    MEMBERS_AGED_55_PLUS_SHARE("membersAged55PlusShare", Unit.SHARE, "55岁及以上党员占比", "membersAged55Plus / membersTotal"),
    FEMALE_MEMBERS("femaleMembers", Unit.COUNT, "女党员", "counted members who are women"),
    PROBATIONARY_MEMBERS("probationaryMembers", Unit.COUNT, "预备党员", "counted members whose status is probationary"),
    MEMBERS_HIGH_SCHOOL_OR_ABOVE("membersHighSchoolOrAbove", Unit.COUNT, "高中以上学历党员", "education high school, vocational school or higher"),
    MEMBERS_COLLEGE_OR_ABOVE("membersCollegeOrAbove", Unit.COUNT, "大专以上学历党员", "education junior college, bachelor or postgraduate"),
    MOBILE_MEMBERS("mobileMembers", Unit.COUNT, "流动党员", "counted members currently marked mobile whose mobility began on or before 31 Dec (or has no date)"),
    PRIVATE_ENTERPRISES("privateEnterprises", Unit.COUNT, "非公企业数", "private enterprises registered by 31 Dec and not closed by then"),
    PRIVATE_ENTERPRISES_OWN("privateEnterprisesWithOwnOrganization", Unit.COUNT, "单独建立党组织的非公企业", "own party organization formed by 31 Dec"),
    PRIVATE_ENTERPRISES_JOINT("privateEnterprisesInJointOrganization", Unit.COUNT, "联合建立党组织的非公企业", "covered by a joint organization formed by 31 Dec"),
    PRIVATE_ENTERPRISE_FORMATION_RATE("privateEnterpriseFormationRate", Unit.SHARE, "非公企业党组织组建率", "(own + joint) / privateEnterprises"),
    SOCIAL_ORGANIZATIONS("socialOrganizations", Unit.COUNT, "社会组织数", "social organizations registered by 31 Dec and not closed by then"),
    SOCIAL_ORGANIZATION_FORMATION_RATE("socialOrganizationFormationRate", Unit.SHARE, "社会组织党组织组建率", "(own + joint) / socialOrganizations"),
    VILLAGES_WITH_FUNDING("villagesWithFunding", Unit.COUNT, "填报经费的村", "villages with a funding record for the year"),
    VILLAGES_LOW_COLLECTIVE_INCOME("villagesWithLowCollectiveIncome", Unit.COUNT, "集体经济收入低于标准的村", "villages whose collective income for the year is below the threshold (default 50,000 元)"),
    AVERAGE_TRANSFER_PAYMENT("averageTransferPaymentPerVillage", Unit.FEN, "村均转移支付", "mean transfer payment over villages with a funding record"),
    AVERAGE_OPERATING_FUNDS("averageOperatingFundsPerVillage", Unit.FEN, "村均工作经费", "mean operating funds over villages with a funding record"),
    PRINCIPAL_CADRES_AVERAGE_PAY("principalCadresAveragePay", Unit.FEN, "主职干部平均报酬", "mean annual pay of principal village/community cadres in office on 31 Dec"),
    DEPUTY_CADRES_AVERAGE_PAY("deputyCadresAveragePay", Unit.FEN, "副职干部平均报酬", "mean annual pay of deputy cadres in office on 31 Dec"),
    HOLDS_BOTH_POSTS_SHARE("holdsBothPostsShare", Unit.SHARE, "书记主任“一肩挑”比例", "party secretaries in office who also head the village/residents' committee / all party secretaries in office"),
    COMMITTEES_WITH_WOMAN_SHARE("committeesWithWomanShare", Unit.SHARE, "“两委”班子配有女干部比例", "villages/communities with at least one woman among cadres in office / those with any cadre in office"),
    FIRST_SECRETARIES("firstSecretaries", Unit.COUNT, "在岗第一书记", "first secretaries in post on 31 Dec"),
    SERVICE_CENTERS("serviceCenters", Unit.COUNT, "党群服务中心", "service centres built by 31 Dec (or with no date)"),
    SERVICE_CENTERS_OFFICE_OVER_HALF("serviceCentersOfficeOverHalf", Unit.COUNT, "办公用房占比超过50%的党群服务中心", "service centres whose office area is more than half the floor area"),
    RECRUITMENT_VIOLATIONS("recruitmentViolations", Unit.COUNT, "发展党员程序违规", "people in the recruitment pipeline with at least one rule broken (age, training period, probation, order of steps)");

    public enum Unit { COUNT, SHARE, FEN }

    /** Which records the figure is counted from, for the dashboard's links ("members", "enterprises", …). */
    public String recordType() {
        return switch (this) {
            case PRIVATE_ENTERPRISES, PRIVATE_ENTERPRISES_OWN, PRIVATE_ENTERPRISES_JOINT, PRIVATE_ENTERPRISE_FORMATION_RATE,
                 SOCIAL_ORGANIZATIONS, SOCIAL_ORGANIZATION_FORMATION_RATE -> "enterprises";
            case VILLAGES_WITH_FUNDING, VILLAGES_LOW_COLLECTIVE_INCOME, AVERAGE_TRANSFER_PAYMENT, AVERAGE_OPERATING_FUNDS -> "funding";
            case PRINCIPAL_CADRES_AVERAGE_PAY, DEPUTY_CADRES_AVERAGE_PAY, HOLDS_BOTH_POSTS_SHARE, COMMITTEES_WITH_WOMAN_SHARE -> "cadres";
            case FIRST_SECRETARIES -> "first-secretaries";
            case SERVICE_CENTERS, SERVICE_CENTERS_OFFICE_OVER_HALF -> "service-centers";
            case RECRUITMENT_VIOLATIONS -> "recruitment";
            default -> "members";
        };
    }

    public final String key;
    public final Unit unit;
    public final String label;
    public final String definition;

    Indicator(String key, Unit unit, String label, String definition) {
        this.key = key;
        this.unit = unit;
        this.label = label;
        this.definition = definition;
    }
}
