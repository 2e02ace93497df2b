package org.projectdesk.project.boundary;

import java.io.Serializable;

/** An enterprise on file as the intake offers it. */
public record EnterpriseOnFile(String creditCode, String name, String contactName, String contactPhone) implements Serializable {
}
