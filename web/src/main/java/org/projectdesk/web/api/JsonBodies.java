package org.projectdesk.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads every JSON request body (a record, or a {@link JsonbTypeInfo} family of records) strictly and
 * says exactly what is wrong: a value of the wrong kind, a date that does not exist, a name outside
 * an enumeration, a fraction where a whole number belongs, a number too large for its field. Each is
 * an {@link InvalidParameter} naming the JSON field ({@code enterprise.creditCode},
 * {@code actions[1].dueOn}) and, for an enumeration, the allowed values; never a Java class name.
 * Members the record does not have are ignored, as JSON-B does.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodies implements MessageBodyReader<Object> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() || type.isAnnotationPresent(JsonbTypeInfo.class);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        byte[] body = entityStream.readAllBytes();
        if (body.length == 0) {
            return null;
        }
        JsonValue json;
        try (JsonReader reader = Json.createReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8))) {
            json = reader.readValue();
        } catch (JsonParsingException e) {
            throw new InvalidParameter("body", "The request body is not valid JSON (line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber() + ")");
        } catch (JsonException e) {
            throw new InvalidParameter("body", "The request body is not valid JSON");
        }
        return value(json, type, genericType, "");
    }

    /** A body a resource has already parsed (to look at it first), read as {@code type} by the same rules. */
    public static <T> T read(JsonValue json, Class<T> type) {
        return type.cast(value(json, type, type, ""));
    }

    static Object value(JsonValue json, Class<?> type, Type generic, String field) {
        if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
            if (type.isPrimitive()) {
                throw wrong(field, "is required");
            }
            return null;
        }
        if (type == String.class) {
            return switch (json.getValueType()) {
                case STRING -> ((JsonString) json).getString();
                case NUMBER, TRUE, FALSE -> json.toString();
                default -> throw wrong(field, "must be a text");
            };
        }
        if (type == Integer.class || type == int.class) {
            return wholeNumber(json, field, Integer.MIN_VALUE, Integer.MAX_VALUE).intValueExact();
        }
        if (type == Long.class || type == long.class) {
            return wholeNumber(json, field, Long.MIN_VALUE, Long.MAX_VALUE).longValueExact();
        }
        if (type == BigDecimal.class) {
            return number(json, field);
        }
        if (type == Boolean.class || type == boolean.class) {
            if (json.getValueType() == JsonValue.ValueType.TRUE || json.getValueType() == JsonValue.ValueType.FALSE) {
                return json.getValueType() == JsonValue.ValueType.TRUE;
            }
            throw wrong(field, "must be true or false");
        }
        if (type == LocalDate.class) {
            String text = text(json, field, "a date of the form YYYY-MM-DD");
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw wrong(field, "must be a date of the form YYYY-MM-DD that exists, not '" + text + "'");
            }
        }
        if (type == LocalDateTime.class) {
            String text = text(json, field, "a date and time of the form YYYY-MM-DDTHH:MM");
            try {
                return LocalDateTime.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw wrong(field, "must be a date and time of the form YYYY-MM-DDTHH:MM that exists, not '" + text + "'");
            }
        }
        if (type.isEnum()) {
            String text = text(json, field, "one of " + names(type));
            return Arrays.stream(type.getEnumConstants()).filter(c -> ((Enum<?>) c).name().equals(text)).findFirst()
                    .orElseThrow(() -> wrong(field, "must be one of " + names(type) + ", not '" + text + "'"));
        }
        if (Collection.class.isAssignableFrom(type)) {
            return collection(json, type, generic, field);
        }
        if (type.isAnnotationPresent(JsonbTypeInfo.class)) {
            return subtype(json, type, field);
        }
        if (type.isRecord()) {
            return record(json, type, field);
        }
        throw new IllegalStateException("No JSON reading for " + type.getName() + " (" + field + ")");
    }

    /**
     * A record class's components and canonical constructor, read once: {@code Class.getRecordComponents} and
     * {@code getDeclaredConstructor} build them anew from the class file on every call (as they cost the pages'
     * {@code RecordElResolver}, docs/benchmarks.md, homes section), and every intake and matter event is a record.
     */
    private record RecordShape(RecordComponent[] components, Constructor<?> canonical) {
    }

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            try {
                Constructor<?> canonical = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                canonical.setAccessible(true);
                return new RecordShape(components, canonical);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("Cannot make " + type.getName(), e);
            }
        }
    };

    private static Object record(JsonValue json, Class<?> type, String field) {
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            throw wrong(field.isEmpty() ? "body" : field, "must be a JSON object");
        }
        JsonObject object = json.asJsonObject();
        RecordShape shape = SHAPES.get(type);
        RecordComponent[] components = shape.components();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            values[i] = value(object.get(c.getName()), c.getType(), c.getGenericType(), path(field, c.getName()));
        }
        try {
            return shape.canonical().newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make " + type.getName(), e);
        }
    }

    private static Object subtype(JsonValue json, Class<?> type, String field) {
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            throw wrong(field.isEmpty() ? "body" : field, "must be a JSON object");
        }
        JsonbTypeInfo info = type.getAnnotation(JsonbTypeInfo.class);
        String key = path(field, info.key());
        List<String> aliases = Arrays.stream(info.value()).map(JsonbSubtype::alias).toList();
        JsonValue alias = json.asJsonObject().get(info.key());
        if (alias == null || alias.getValueType() != JsonValue.ValueType.STRING) {
            throw wrong(key, "is required: one of " + aliases);
        }
        String name = ((JsonString) alias).getString();
        JsonbSubtype subtype = Arrays.stream(info.value()).filter(s -> s.alias().equals(name)).findFirst()
                .orElseThrow(() -> wrong(key, "must be one of " + aliases + ", not '" + name + "'"));
        return value(json, subtype.type(), subtype.type(), field);
    }

    private static Object collection(JsonValue json, Class<?> type, Type generic, String field) {
        if (json.getValueType() != JsonValue.ValueType.ARRAY) {
            throw wrong(field, "must be a JSON array");
        }
        Type element = generic instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
        Class<?> elementClass = element instanceof ParameterizedType p ? (Class<?>) p.getRawType()
                : element instanceof Class<?> c ? c : Object.class;
        JsonArray array = json.asJsonArray();
        Collection<Object> values = Set.class.isAssignableFrom(type) ? new LinkedHashSet<>() : new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            values.add(value(array.get(i), elementClass, element, field + "[" + i + "]"));
        }
        return values;
    }

    private static BigDecimal number(JsonValue json, String field) {
        try {
            return switch (json.getValueType()) {
                case NUMBER -> ((JsonNumber) json).bigDecimalValue();
                case STRING -> new BigDecimal(((JsonString) json).getString().strip());
                default -> throw wrong(field, "must be a number");
            };
        } catch (NumberFormatException e) {
            throw wrong(field, "must be a number");
        }
    }

    private static BigDecimal wholeNumber(JsonValue json, String field, long min, long max) {
        BigDecimal number = number(json, field);
        String range = " between " + min + " and " + max;
        // Compared before any conversion: 1e300 must not become a huge BigInteger, 2.5 must not become 2.
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw wrong(field, "must be a whole number" + range);
        }
        try {
            BigInteger whole = number.toBigIntegerExact();
            return new BigDecimal(whole);
        } catch (ArithmeticException e) {
            throw wrong(field, "must be a whole number, not " + number.toPlainString());
        }
    }

    private static String text(JsonValue json, String field, String expected) {
        if (json.getValueType() != JsonValue.ValueType.STRING) {
            throw wrong(field, "must be " + expected);
        }
        return ((JsonString) json).getString();
    }

    private static String names(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String path(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    private static InvalidParameter wrong(String field, String problem) {
        return new InvalidParameter(field, field + " " + problem);
    }
}
