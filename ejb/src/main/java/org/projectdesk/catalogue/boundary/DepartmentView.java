package org.projectdesk.catalogue.boundary;

/** A department as pages and the API show it. */
public record DepartmentView(String code, String name, String nameEn, long version) {
}
