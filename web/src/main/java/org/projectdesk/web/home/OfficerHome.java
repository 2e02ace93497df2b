package org.projectdesk.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.projectdesk.worklist.boundary.OfficerQueues;
import org.projectdesk.worklist.boundary.WorkQueues;

/**
 * An officer's first screen: their projects' matters on yellow and red (red first, with the working
 * days left), materials investors uploaded that wait to be checked, this week's meetings and the open
 * problems, each counted, each row one click from its service file or meeting.
 */
@Named
@RequestScoped
public class OfficerHome {

    @EJB
    WorkQueues workQueues;

    private OfficerQueues queues;

    public OfficerQueues getQueues() {
        if (queues == null) {
            queues = workQueues.officer(TownHome.SHOWN);
        }
        return queues;
    }
}
