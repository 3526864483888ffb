package io.shuzhi.shared.web;

import java.util.Set;

/**
 * One entry of the main navigation. Each feature declares its own as a bean, so adding a feature never edits
 * the layout. {@code roles} empty means every signed-in user; otherwise the user needs one of them.
 *
 * @param messageKey the label's message key
 * @param path       where it leads
 * @param order      position, ascending
 * @param roles      role names (e.g. {@code ADMIN}) that see it
 */
public record NavItem(String messageKey, String path, int order, Set<String> roles) {
}
