package org.projectdesk.catalogue.entity;

/** The stages of construction-project approval (国办发〔2018〕33号), and the items that run alongside them. */
public enum Stage {
    /** 立项用地规划许可: project filing/approval, site selection, land, land-use planning permit. */
    I,
    /** 工程建设许可: design scheme review, construction-works planning permit. */
    II,
    /** 施工许可: fire and civil-air-defence design review, drawing review, construction permit. */
    III,
    /** 竣工验收: completion acceptance and filing. */
    IV,
    /** Runs in parallel with the stages: environmental, energy, safety, water reviews. */
    ALONGSIDE
}
