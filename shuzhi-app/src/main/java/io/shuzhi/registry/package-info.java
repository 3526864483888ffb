/**
 * The grassroots registry: members (with encrypted personal data), recruitment, village cadres, first
 * secretaries, honorary posts, service centres, yearly funding, enterprises and social organizations, and
 * their exchange as .xlsx/.csv files.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "demo", "organization", "shared"})
package io.shuzhi.registry;
