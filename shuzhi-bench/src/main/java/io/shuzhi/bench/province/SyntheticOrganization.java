package io.shuzhi.bench.province;

/** One generated organization, in the app's {@code organization} table layout. */
record SyntheticOrganization(long id, Long parentId, String code, String name, String kind, String level, String sector,
                             String path, int depth) {

    SyntheticOrganization child(long childId, String childCode, String childName, String childKind, String childLevel, String childSector) {
        return new SyntheticOrganization(childId, id, childCode, childName, childKind, childLevel, childSector,
                path + childId + "/", depth + 1);
    }

    boolean servesResidents() {
        return level.equals("VILLAGE") || level.equals("COMMUNITY");
    }
}
