package io.shuzhi.workrecord;

import io.shuzhi.organization.Level;

/** The little of an organization the records need: where it is in the tree and what level it serves. */
record Place(long id, String code, String name, Level level, String path) {

    boolean isWithin(String ancestorPath) {
        return path.startsWith(ancestorPath);
    }
}
