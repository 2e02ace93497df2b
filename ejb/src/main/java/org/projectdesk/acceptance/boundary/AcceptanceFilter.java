package org.projectdesk.acceptance.boundary;

import org.projectdesk.acceptance.entity.AcceptanceStatus;

/** What a list of acceptances keeps; any part may be null (no filter). */
public record AcceptanceFilter(AcceptanceStatus status, String department, String town, String fileNo) {

    public static final AcceptanceFilter ALL = new AcceptanceFilter(null, null, null, null);
}
