package org.projectdesk.approval.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.projectdesk.project.entity.ProjectType;

/** That a category of approval is planned for every project of a type (config/catalogue/plan-rules.csv). */
@Entity
@Table(name = "plan_rule")
@NamedQuery(name = PlanRule.CODES_FOR_TYPE, query = "select r.key.categoryCode from PlanRule r where r.key.projectType = :type")
public class PlanRule {

    public static final String CODES_FOR_TYPE = "PlanRule.codesForType";

    /** Category and project type. */
    @Embeddable
    public record Key(@Column(name = "category_code", length = 20) String categoryCode,
            @Enumerated(EnumType.STRING) @Column(name = "project_type", length = 30) ProjectType projectType)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    protected PlanRule() {
    }

    public PlanRule(String categoryCode, ProjectType projectType) {
        this.key = new Key(categoryCode, projectType);
    }

    public Key getKey() {
        return key;
    }
}
