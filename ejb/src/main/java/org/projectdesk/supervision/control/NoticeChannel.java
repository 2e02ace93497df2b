package org.projectdesk.supervision.control;

import org.projectdesk.supervision.boundary.NoticeView;

/**
 * A way out of the inbox to the person: e-mail now; SMS or a messaging app would be another
 * implementation, chosen by configuration. The inbox itself always has the notice.
 */
public interface NoticeChannel {

    String name();

    boolean enabled();

    /** Sends one notice to the address this channel knows the recipient by; false when it could not. */
    boolean deliver(NoticeView notice, String address);
}
