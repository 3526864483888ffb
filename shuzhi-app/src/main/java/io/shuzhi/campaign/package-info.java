/**
 * The annual campaign (述职评议考核): the host organization, the reporters, the timetable and the versioned
 * evaluation scheme; the duty reports with their states, versions and diffs; routine scores; the host
 * secretary's critique. Publishes {@link io.shuzhi.campaign.CritiqueRecorded} for the follow-up feature and
 * offers {@link io.shuzhi.campaign.PriorYearContext} for it to implement.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "organization", "audit", "shared", "evaluation", "demo", "analysis", "workrecord"})
package io.shuzhi.campaign;
