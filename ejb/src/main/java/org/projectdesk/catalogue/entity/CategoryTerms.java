package org.projectdesk.catalogue.entity;

import java.util.List;

/**
 * Everything a catalogue says about one category of approval, as read from a file or a form and
 * checked by {@link org.projectdesk.catalogue.control.CatalogueRules} before it becomes part of a version.
 */
public record CategoryTerms(String code, String name, String nameEn, String departmentCode, Stage stage,
        int statutoryDays, int promisedDays, int greenChannelDays, boolean immediate, CaseType defaultCaseType,
        List<String> prerequisites, boolean simulatable, List<String> materials, String serviceContent,
        String procedure, String fee, String legalBasis) {

    public CategoryTerms {
        prerequisites = List.copyOf(prerequisites);
        materials = List.copyOf(materials);
    }
}
