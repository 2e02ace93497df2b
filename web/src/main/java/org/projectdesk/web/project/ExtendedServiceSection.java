package org.projectdesk.web.project;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.DepartmentView;
import org.projectdesk.greenchannel.boundary.ExtendedServiceRecord;
import org.projectdesk.greenchannel.boundary.GreenChannels;
import org.projectdesk.greenchannel.entity.ServiceKind;
import org.projectdesk.web.shell.Messages;

/** The service file's form for an overtime or extended-hours service a department gave the project. */
@Named
@ViewScoped
public class ExtendedServiceSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    GreenChannels greenChannels;

    @EJB
    Catalogue catalogue;

    @Inject
    ServiceFilePage page;

    @Inject
    Messages messages;

    private ServiceKind kind = ServiceKind.EXTENDED_HOURS;
    private LocalDate on;
    private String department;
    private String staff;
    private BigDecimal hours;

    public void record() {
        page.change(() -> greenChannels.recordService(page.getFileNo(), new ExtendedServiceRecord(kind, on, department, staff,
                hours, null)), messages.text("file.services.recorded"));
    }

    public ServiceKind[] getKinds() {
        return ServiceKind.values();
    }

    public List<DepartmentView> getDepartments() {
        return catalogue.departments();
    }

    public ServiceKind getKind() { return kind; }
    public void setKind(ServiceKind kind) { this.kind = kind; }
    public LocalDate getOn() { return on; }
    public void setOn(LocalDate on) { this.on = on; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getStaff() { return staff; }
    public void setStaff(String staff) { this.staff = staff; }
    public BigDecimal getHours() { return hours; }
    public void setHours(BigDecimal hours) { this.hours = hours; }
}
