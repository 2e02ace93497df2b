package org.projectdesk.project.boundary;

import org.projectdesk.project.entity.Town;
import org.projectdesk.project.entity.TownKind;

/** A town as read: {@code active} false when it is no longer offered for new work; {@code version} for the next edit. */
public record TownView(String code, String name, String nameEn, TownKind kind, boolean active, int position, long version) {

    static TownView of(Town t) {
        return new TownView(t.getCode(), t.getName(), t.getNameEn(), t.getKind(), t.isActive(), t.getPosition(), t.getVersion());
    }
}
