package org.projectdesk.catalogue.boundary;

import java.util.List;
import org.projectdesk.catalogue.entity.ApprovalCategory;
import org.projectdesk.catalogue.entity.CaseType;
import org.projectdesk.catalogue.entity.Stage;

/** A category of one catalogue version, with its department's names for display. */
public record CategoryView(String code, String name, String nameEn, String departmentCode, String departmentName,
        String departmentNameEn, Stage stage, int statutoryDays, int promisedDays, int greenChannelDays,
        boolean immediate, CaseType defaultCaseType, List<String> prerequisites, boolean simulatable,
        List<String> materials, String serviceContent, String procedure, String fee, String legalBasis) {

    static CategoryView of(ApprovalCategory c) {
        return new CategoryView(c.getCode(), c.getName(), c.getNameEn(), c.getDepartment().getCode(),
                c.getDepartment().getName(), c.getDepartment().getNameEn(), c.getStage(), c.getStatutoryDays(),
                c.getPromisedDays(), c.getGreenChannelDays(), c.isImmediate(), c.getDefaultCaseType(),
                List.copyOf(c.getPrerequisites()), c.isSimulatable(), List.copyOf(c.getMaterials()), c.getServiceContent(),
                c.getProcedure(), c.getFee(), c.getLegalBasis());
    }

    /** This category with its department named as given; as it is when none is given. */
    CategoryView named(DepartmentView department) {
        return department == null ? this : new CategoryView(code, name, nameEn, departmentCode, department.name(),
                department.nameEn(), stage, statutoryDays, promisedDays, greenChannelDays, immediate, defaultCaseType,
                prerequisites, simulatable, materials, serviceContent, procedure, fee, legalBasis);
    }
}
