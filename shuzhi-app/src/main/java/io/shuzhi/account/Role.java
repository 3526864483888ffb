package io.shuzhi.account;

/** What a user may do, always within an organization subtree (see {@link Grant}). */
public enum Role {
    /** Runs the system; the only role that may be granted without an organization (the whole tree). */
    ADMIN,
    /** 组织部 staff: run campaigns, manage organizations and users within their subtree. */
    ORGANIZATION_DEPARTMENT,
    /** 书记: reports for one organization and follows up its problems and commitments. */
    SECRETARY,
    /** 测评人: rates reporters. */
    EVALUATOR,
    /** Reads, never writes. */
    VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }
}
