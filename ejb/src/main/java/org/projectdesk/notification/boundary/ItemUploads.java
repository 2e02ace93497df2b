package org.projectdesk.notification.boundary;

/**
 * The files an investor has uploaded against the notification's items. The portal owns the uploads and
 * answers (its {@code portal.control.UploadedItems}); the notification asks when two wordings of a
 * material become one item, or an item is no longer asked for: so the dependency runs one way, from
 * the portal to the notification. One implementation, on purpose (as approval's
 * {@code OutstandingMaterials}).
 */
public interface ItemUploads {

    /** Whether anything was uploaded against the item (it is then kept until checked). */
    boolean any(Long itemId);

    /** The item's uploads now belong to the item it was merged into. */
    void move(Long fromItemId, Long toItemId);
}
