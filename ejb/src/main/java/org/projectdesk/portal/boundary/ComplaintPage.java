package org.projectdesk.portal.boundary;

import java.util.List;

/** A page of complaints and how many there are in all. */
public record ComplaintPage(List<ComplaintView> items, long total) {
}
