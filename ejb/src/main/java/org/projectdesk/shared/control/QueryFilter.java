package org.projectdesk.shared.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The conditions a list page's filter makes, with their parameters, for the count of all rows and
 * the one page of them: both queries are built from the same conditions and bound the same way.
 * Conditions are JPQL written by the boundary; values only ever travel as parameters.
 */
public final class QueryFilter {

    private final StringBuilder conditions = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** A condition the rows always meet (a join, say), or none. */
    public QueryFilter(String... always) {
        for (String condition : always) {
            and(condition);
        }
    }

    public QueryFilter and(String condition) {
        conditions.append(conditions.length() == 0 ? " where " : " and ").append(condition);
        return this;
    }

    public QueryFilter and(String condition, String parameter, Object value) {
        parameter(parameter, value);
        return and(condition);
    }

    /** The condition with its value when the filter's field is filled in: not null and, for text, not blank. */
    public QueryFilter andIfGiven(String condition, String parameter, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return this;
        }
        return and(condition, parameter, value instanceof String text ? text.strip() : value);
    }

    public QueryFilter parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    public Object parameter(String name) {
        return parameters.get(name);
    }

    /** The parameters' values by name, in the order they were given: with {@link #where} they name the filter. */
    public Map<String, Object> parameters() {
        return java.util.Collections.unmodifiableMap(parameters);
    }

    /** " where a and b", or nothing when there is no condition. */
    public String where() {
        return conditions.toString();
    }

    /** {@code select + where() + rest}, with every parameter bound. */
    public <T> TypedQuery<T> query(EntityManager em, String select, String rest, Class<T> type) {
        TypedQuery<T> query = em.createQuery(select + where() + rest, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    public long count(EntityManager em, String select) {
        return query(em, select, "", Long.class).getSingleResult();
    }
}
