/**
 * The reviewer's workspace: every saved or uploaded duty report analysed and stored with its version; whole
 * published compilations uploaded, split and matched to reporter organizations; the annotated reading view, the
 * review checklist, year-over-year comparison and the campaign overview. Indexes reports and critiques for search.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "organization", "audit", "shared",
        "campaign", "search", "analysis", "workrecord"})
package io.shuzhi.review;
