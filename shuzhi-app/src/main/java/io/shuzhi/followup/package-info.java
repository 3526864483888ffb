/**
 * The follow-up seen whole: reminders before and after due dates, the dashboard per subtree, and the .xlsx exports
 * of every list. Reads the other follow-up modules; nothing depends on it. It is also where the follow-up meets the
 * campaign, review and search features: it implements their hooks (PriorYearContext, CommitmentAdoption,
 * FollowUpLookup, SearchDocumentSource) and turns critiques and reports into problems, so none of them depends on
 * a follow-up module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "organization", "shared",
        "rectification", "commitment", "weakorg", "warning", "notification", "campaign", "review", "search"})
package io.shuzhi.followup;
