/**
 * Protection of personal data: AES-256-GCM encryption, keyed hashes for matching, and masking for display.
 * Part of the open {@code shared} module so any feature holding personal data uses the same key and rules.
 */
package io.shuzhi.shared.crypto;
