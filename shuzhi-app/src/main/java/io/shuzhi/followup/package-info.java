/**
 * The follow-up seen whole: reminders before and after due dates, the dashboard per subtree, and the .xlsx exports
 * of every list. Reads the other follow-up modules; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "organization", "shared",
        "rectification", "commitment", "weakorg", "warning", "notification", "campaign", "review", "search"})
package io.shuzhi.followup;
