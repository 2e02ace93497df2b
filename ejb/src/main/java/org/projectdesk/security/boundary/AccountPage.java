package org.projectdesk.security.boundary;

import java.util.List;

/** A page of accounts and how many there are in all for the same filter. */
public record AccountPage(List<AccountView> rows, long total) {
}
