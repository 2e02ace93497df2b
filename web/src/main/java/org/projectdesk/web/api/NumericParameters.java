package org.projectdesk.web.api;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.function.Function;

/**
 * Whole-number and yes/no parameters ({@code ?page=abc}, {@code /meetings/abc}): JAX-RS answers a
 * path or query parameter it cannot convert with 404, as if the address did not exist. Here each
 * such parameter is converted by us and a wrong one is a 400 naming it.
 */
@Provider
public class NumericParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) converter(name, rawType.isPrimitive(), "a whole number", Integer::valueOf);
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) converter(name, rawType.isPrimitive(), "a whole number", Long::valueOf);
        }
        if (rawType == boolean.class || rawType == Boolean.class) {
            return (ParamConverter<T>) converter(name, rawType.isPrimitive(), "true or false", text -> switch (text.toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException(text);
            });
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, boolean required, String expected, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isBlank()) {
                    if (required) {
                        throw new InvalidParameter(name, name + " is required (" + expected + ")");
                    }
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (IllegalArgumentException e) {
                    throw new InvalidParameter(name, name + " must be " + expected + ", not '" + value + "'");
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }

    private static String name(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
            if (a instanceof FormParam f) {
                return f.value();
            }
            if (a instanceof MatrixParam m) {
                return m.value();
            }
            if (a instanceof CookieParam c) {
                return c.value();
            }
        }
        return "parameter";
    }
}
