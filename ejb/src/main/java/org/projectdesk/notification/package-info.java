/**
 * The one-time notification (一次性告知单) of a project: the materials its departments ask for, from
 * their opinions at its pre-review meetings and from the catalogue for the matters still to be filed,
 * merged into one item per material (full/half-width, spaces and trailing punctuation do not make
 * two) naming every department that asks for it, each tracked until received (day, by whom); and the
 * partial-materials acceptances (容缺受理) that let a matter be accepted with items still outstanding
 * on the investor's pledge. Used by the service file, the investor portal (the checklist, uploads
 * against its items) and approval (a matter is not accepted while an item its category or department
 * asks for is outstanding). Owns the tables {@code required_material}, {@code required_material_source}
 * and {@code partial_acceptance}, and the materials library ({@code standard_material},
 * {@code standard_material_synonym}: reference data, config/notification/materials.csv at first start,
 * {@code boundary.StandardMaterials}), under which the items are merged ({@code control.Checklist}): the
 * wordings of one material are one item under its standard name, a document a matter of the project's
 * own plan issues is left out, and so are the materials of matters already decided.
 *
 * <p>Dependencies run one way, from this feature to the ones it follows: it observes
 * {@code meeting.boundary.OpinionRecorded} and {@code MeetingCancelled} and
 * {@code approval.boundary.PlanChanged} (in {@code control.NotificationItems}, in the firing
 * transaction) and reads their entities (opinions, matters); it answers approval's
 * {@code approval.boundary.OutstandingMaterials}. Neither meeting nor approval imports anything of
 * this feature; the portal and the pages call {@code boundary.OneTimeNotifications}. The portal, which
 * owns the files uploaded against the items, answers {@code boundary.ItemUploads} (an item uploaded for is
 * kept; the uploads of two wordings merged move to the one item).
 */
package org.projectdesk.notification;
