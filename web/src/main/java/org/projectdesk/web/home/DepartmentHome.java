package org.projectdesk.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.projectdesk.worklist.boundary.DepartmentQueues;
import org.projectdesk.worklist.boundary.WorkQueues;

/**
 * A department window's first screen: its department's matters in hand (red and yellow first), the
 * meetings it is invited to, the opinions it still owes and the acceptance items it has to sign. The
 * whole queue of matters opens the project list filtered to the department.
 */
@Named
@RequestScoped
public class DepartmentHome {

    @EJB
    WorkQueues workQueues;

    private DepartmentQueues queues;

    public DepartmentQueues getQueues() {
        if (queues == null) {
            queues = workQueues.department(TownHome.SHOWN);
        }
        return queues;
    }
}
