package org.projectdesk.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.projectdesk.portal.boundary.InvestorWork;
import org.projectdesk.portal.boundary.Portal;
import org.projectdesk.web.shell.Messages;

/**
 * An investor's first screen: each of their enterprise's newest projects with its stage and progress,
 * and what waits for them on it (materials to hand in or handed in and refused, pledges to keep, a
 * rating to give), each linking to the project's page. The boundary narrows everything to the
 * investor's enterprise and counts by grouped queries; this bean only asks once per request.
 */
@Named
@RequestScoped
public class InvestorHome {

    static final int SHOWN = 10;

    @EJB
    Portal portal;

    @Inject
    Messages messages;

    private InvestorWork work;

    public InvestorWork getWork() {
        if (work == null) {
            work = portal.home(SHOWN);
        }
        return work;
    }

    /** Whether the enterprise has more projects than the home shows. */
    public boolean isMore() {
        return getWork().total() > getWork().projects().size();
    }

    /** The link to the list of all projects: saying how many when the home shows only the newest. */
    public String getAllProjectsLink() {
        return isMore() ? messages.format("home.investor.all", getWork().total()) : messages.text("home.investor.more");
    }
}
