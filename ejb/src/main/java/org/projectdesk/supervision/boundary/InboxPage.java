package org.projectdesk.supervision.boundary;

import java.util.List;

/** One page of a user's notices, newest first, with how many there are and how many are unread. */
public record InboxPage(List<NoticeView> items, long total, long unread, int page, int size) {
}
