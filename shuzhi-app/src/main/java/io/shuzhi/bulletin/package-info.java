/**
 * Publishing a campaign's outcome: the combined results (ballot + routine assessment through the campaign's
 * scheme), their exports, the big screen, and the bulletin (编者按 + the accepted reports) as HTML, .docx and PDF.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"campaign", "ballot", "evaluation", "account", "organization", "audit", "shared"})
package io.shuzhi.bulletin;
