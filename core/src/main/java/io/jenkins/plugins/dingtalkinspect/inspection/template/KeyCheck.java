package io.jenkins.plugins.dingtalkinspect.inspection.template;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the keys of a template that a context does not have, following Mustache's lookup: a name is
 * searched in the innermost section's value first, then outwards; {@code a.b} looks up {@code a}
 * that way and {@code b} inside it. The context given is a sample with every key present and every
 * list non-empty, so its shape stands for all contexts.
 */
public final class KeyCheck {

    /** jmustache's names for the current value and a list item's position. */
    private static final Set<String> BUILT_IN = Set.of(".", "this", "-first", "-last", "-index");

    /** Stands for a value with no keys of its own (a string, number or boolean). */
    private static final Object OPAQUE = new Object();

    private KeyCheck() {}

    /** The first tag of each unknown key, in template order. */
    public static List<TemplateScanner.Tag> unknownKeys(List<TemplateScanner.Tag> tags, Map<String, ?> sample) {
        Map<String, TemplateScanner.Tag> unknown = new LinkedHashMap<>();
        Deque<Object> scopes = new ArrayDeque<>();
        scopes.push(sample);
        for (TemplateScanner.Tag tag : tags) {
            if (tag.kind() == TemplateScanner.Kind.CLOSE) {
                scopes.pop();
                continue;
            }
            Object value = BUILT_IN.contains(tag.name()) ? OPAQUE : resolve(tag.name(), scopes);
            if (value == null) {
                unknown.putIfAbsent(tag.name(), tag);
            }
            if (tag.kind() == TemplateScanner.Kind.SECTION) {
                scopes.push(scopeOf(value));
            } else if (tag.kind() == TemplateScanner.Kind.INVERTED) {
                scopes.push(OPAQUE);
            }
        }
        return new ArrayList<>(unknown.values());
    }

    /** The value of {@code name} in the sample, or {@code null} if it has none. */
    private static Object resolve(String name, Deque<Object> scopes) {
        String[] parts = name.split("\\.", -1);
        for (Object scope : scopes) {
            if (scope instanceof Map<?, ?> map && map.containsKey(parts[0])) {
                Object value = map.get(parts[0]);
                for (int i = 1; i < parts.length && value != null; i++) {
                    value = value instanceof Map<?, ?> inner && inner.containsKey(parts[i])
                            ? inner.get(parts[i])
                            : null;
                }
                return value;
            }
        }
        return null;
    }

    /** A section over a list iterates its items; over a map it looks inside; else nothing new. */
    private static Object scopeOf(Object value) {
        if (value instanceof List<?> list) {
            Map<Object, Object> union = new LinkedHashMap<>();
            for (Object item : list) {
                if (item instanceof Map<?, ?> map) {
                    union.putAll(map);
                }
            }
            return union.isEmpty() ? OPAQUE : union;
        }
        return value instanceof Map<?, ?> ? value : OPAQUE;
    }
}
