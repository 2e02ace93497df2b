package org.projectdesk.project.entity;

/** What kind of place a town is: a town (镇), a subdistrict (街道) or a development zone (开发区, 新区). */
public enum TownKind {
    TOWN,
    STREET,
    DEVELOPMENT_ZONE
}
