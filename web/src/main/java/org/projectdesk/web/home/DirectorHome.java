package org.projectdesk.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.projectdesk.servicefile.boundary.Caseload;
import org.projectdesk.servicefile.boundary.ProjectLists;
import org.projectdesk.worklist.boundary.DirectorQueues;
import org.projectdesk.worklist.boundary.WorkQueues;

/**
 * The director's first screen: green-channel proposals to decide, complaints to answer, red matters,
 * escalated problems, and the officers' caseloads (by name, one count each).
 */
@Named
@RequestScoped
public class DirectorHome {

    @EJB
    WorkQueues workQueues;

    @EJB
    ProjectLists projects;

    private DirectorQueues queues;
    private List<Caseload> caseloads;

    public DirectorQueues getQueues() {
        if (queues == null) {
            queues = workQueues.director(TownHome.SHOWN);
        }
        return queues;
    }

    public List<Caseload> getCaseloads() {
        if (caseloads == null) {
            caseloads = projects.caseloads();
        }
        return caseloads;
    }
}
