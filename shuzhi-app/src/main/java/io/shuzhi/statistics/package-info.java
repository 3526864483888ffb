/**
 * Indicators and dashboards computed live from the registry for any organization subtree and year. Reads only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "organization", "registry", "shared"})
package io.shuzhi.statistics;
