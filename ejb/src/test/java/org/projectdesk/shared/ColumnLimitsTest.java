package org.projectdesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.SimpleValue;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.ToOne;
import org.hibernate.mapping.Value;
import org.junit.jupiter.api.Test;
import org.projectdesk.shared.control.DatabaseKind;
import org.projectdesk.shared.control.Migrations;

/**
 * The limits JPA checks before every write ({@code @Size}, {@code @Digits} on the entities) are the
 * columns' own: every text column of the migrated schema is mapped by a field whose {@code @Size(max)}
 * is the column's length (for a list of texts, on its elements), every decimal column by a field
 * whose {@code @Digits} are its precision and scale, and every enumeration's longest name fits its
 * column. A migration that narrows a column, or a field whose limit drifts from it, fails the build.
 */
class ColumnLimitsTest {

    private record DbColumn(int type, int size, int scale) {
    }

    @Test
    void everyTextAndDecimalColumnHasItsLimitDeclaredOnItsField() throws Exception {
        DatabaseKind kind = DatabaseKind.valueOf(System.getProperty("test.db.kind", "h2").toUpperCase(Locale.ROOT));
        DataSource dataSource = SchemaMappingTest.emptyDatabase(kind);
        Migrations.flyway(dataSource, kind, getClass().getClassLoader()).migrate();
        Map<String, DbColumn> columns = columns(dataSource);

        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.datasource", dataSource).build();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try {
            MetadataSources sources = new MetadataSources(registry);
            SchemaMappingTest.entityClasses().forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.buildMetadata();
            for (PersistentClass entity : metadata.getEntityBindings()) {
                for (Property property : entity.getPropertyClosure()) {
                    checked += check(entity.getMappedClass(), property, columns, problems);
                }
            }
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
        assertTrue(checked > 100, "only " + checked + " columns were checked");
        assertEquals(List.of(), problems, "fields whose declared limit is not their column's");
    }

    private static int check(Class<?> owner, Property property, Map<String, DbColumn> columns, List<String> problems) {
        Value value = property.getValue();
        if (value instanceof Component component) {
            int checked = 0;
            for (Property part : component.getProperties()) {
                checked += check(component.getComponentClass(), part, columns, problems);
            }
            return checked;
        }
        if (value instanceof Collection collection) {
            if (collection.getElement() instanceof Component component) {
                int checked = 0;
                for (Property part : component.getProperties()) {
                    checked += check(component.getComponentClass(), part, columns, problems);
                }
                return checked;
            }
            if (collection.getElement() instanceof SimpleValue element && !(element instanceof ToOne)) {
                return checkColumns(owner, property.getName(), collection.getCollectionTable(), element, true, columns, problems);
            }
            return 0;
        }
        if (value instanceof SimpleValue simple && !(value instanceof ToOne)) {
            return checkColumns(owner, property.getName(), simple.getTable(), simple, false, columns, problems);
        }
        return 0;
    }

    private static int checkColumns(Class<?> owner, String fieldName, Table table, SimpleValue value, boolean elements,
            Map<String, DbColumn> columns, List<String> problems) {
        int checked = 0;
        for (Selectable selectable : value.getSelectables()) {
            if (!(selectable instanceof Column column)) {
                continue;
            }
            String where = owner.getSimpleName() + "." + fieldName + " (" + table.getName() + "." + column.getName() + ")";
            DbColumn db = columns.get(table.getName().toLowerCase(Locale.ROOT) + "." + column.getName().toLowerCase(Locale.ROOT));
            if (db == null) {
                problems.add(where + ": no such column after the migrations");
                continue;
            }
            Field field = field(owner, fieldName);
            Class<?> type = elements ? elementType(field) : field.getType();
            if (db.type() == Types.VARCHAR || db.type() == Types.NVARCHAR || db.type() == Types.CHAR) {
                checked++;
                if (type.isEnum()) {
                    int longest = java.util.Arrays.stream(type.getEnumConstants()).mapToInt(c -> ((Enum<?>) c).name().length()).max().orElse(0);
                    if (longest > db.size()) {
                        problems.add(where + ": an enumeration name of " + longest + " characters does not fit " + db.size());
                    }
                    continue;
                }
                Size size = elements ? elementSize(field) : field.getAnnotation(Size.class);
                if (size == null) {
                    problems.add(where + ": no @Size for a column of " + db.size() + " characters");
                } else if (size.max() != db.size()) {
                    problems.add(where + ": @Size(max = " + size.max() + ") but the column has " + db.size() + " characters");
                }
                if (column.getLength() != null && column.getLength() != db.size()) {
                    problems.add(where + ": @Column(length = " + column.getLength() + ") but the column has " + db.size());
                }
            } else if (db.type() == Types.NUMERIC || db.type() == Types.DECIMAL) {
                checked++;
                Digits digits = field.getAnnotation(Digits.class);
                if (type != BigDecimal.class) {
                    continue;
                }
                if (digits == null) {
                    problems.add(where + ": no @Digits for NUMERIC(" + db.size() + ", " + db.scale() + ")");
                } else if (digits.integer() != db.size() - db.scale() || digits.fraction() != db.scale()) {
                    problems.add(where + ": @Digits(integer = " + digits.integer() + ", fraction = " + digits.fraction()
                            + ") but the column is NUMERIC(" + db.size() + ", " + db.scale() + ")");
                }
            }
        }
        return checked;
    }

    private static Field field(Class<?> owner, String name) {
        for (Class<?> type = owner; type != null; type = type.getSuperclass()) {
            try {
                return type.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // on a superclass
            }
        }
        throw new AssertionError("no field " + name + " on " + owner.getName());
    }

    private static Class<?> elementType(Field field) {
        var generic = (java.lang.reflect.ParameterizedType) field.getGenericType();
        return (Class<?>) generic.getActualTypeArguments()[0];
    }

    private static Size elementSize(Field field) {
        if (field.getAnnotatedType() instanceof AnnotatedParameterizedType parameterized) {
            return parameterized.getAnnotatedActualTypeArguments()[0].getAnnotation(Size.class);
        }
        return null;
    }

    private static Map<String, DbColumn> columns(DataSource dataSource) throws SQLException {
        Map<String, DbColumn> columns = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.getMetaData().getColumns(null, null, "%", "%")) {
            while (rows.next()) {
                String key = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT) + "." + rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                columns.put(key, new DbColumn(rows.getInt("DATA_TYPE"), rows.getInt("COLUMN_SIZE"), rows.getInt("DECIMAL_DIGITS")));
            }
        }
        assertFalse(columns.isEmpty(), "the migrated database has no columns");
        return columns;
    }
}
