package io.shuzhi.workrecord.scope;

import io.shuzhi.organization.Level;

/** The little of an organization the records need: where it is in the tree and what level it serves. */
public record Place(long id, String code, String name, Level level, String path) {

    public boolean isWithin(String ancestorPath) {
        return path.startsWith(ancestorPath);
    }
}
