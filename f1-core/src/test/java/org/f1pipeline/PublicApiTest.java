package org.f1pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The public API of f1-core names neither Jackson nor an {@code .internal} type: every public or protected
 * constructor, method and field of every public type outside the internal packages is checked, generic type
 * arguments included. An embedder can then upgrade Jackson, and we can change the internals, without breaking them.
 */
class PublicApiTest {

    @Test
    @DisplayName("no public signature outside .internal packages mentions com.fasterxml or an .internal type")
    void noJacksonOrInternalTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        List<String> offenders = new ArrayList<>();
        for (Class<?> type : publicApiTypes()) {
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (exposed(c.getModifiers(), type)) {
                    check(offenders, type, c, c.getGenericParameterTypes(), c.getGenericExceptionTypes());
                }
            }
            for (Method m : type.getDeclaredMethods()) {
                if (exposed(m.getModifiers(), type) && !m.isSynthetic() && !m.isBridge()) {
                    check(offenders, type, m, m.getGenericParameterTypes(), m.getGenericExceptionTypes());
                    check(offenders, type, m, m.getGenericReturnType());
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (exposed(f.getModifiers(), type) && !f.isSynthetic()) {
                    check(offenders, type, f.getName(), f.getGenericType());
                }
            }
            Type superclass = type.getGenericSuperclass();
            if (superclass != null) {
                check(offenders, type, "extends", superclass);
            }
            check(offenders, type, "implements", type.getGenericInterfaces());
        }
        assertThat(offenders).isEmpty();
    }

    private static boolean exposed(int modifiers, Class<?> owner) {
        return Modifier.isPublic(modifiers)
                || Modifier.isProtected(modifiers) && !Modifier.isFinal(owner.getModifiers());
    }

    private static void check(List<String> offenders, Class<?> owner, Object member, Type[]... types) {
        for (Type[] group : types) {
            for (Type t : group) {
                check(offenders, owner, member, t);
            }
        }
    }

    private static void check(List<String> offenders, Class<?> owner, Object member, Type type) {
        String name = type.getTypeName();
        if (name.contains("com.fasterxml") || name.matches(".*\\.internal\\..*")) {
            offenders.add(owner.getName() + " " + (member instanceof Executable e ? e.getName() : member) + ": "
                    + name);
        }
    }

    /** Every public (or protected nested) type of f1-core's main classes outside the internal packages. */
    private static List<Class<?>> publicApiTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(F1Pipeline.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> names.add(root.relativize(f).toString()
                    .replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "")));
        }
        List<Class<?>> types = new ArrayList<>();
        for (String name : names) {
            if (name.contains(".internal.") || name.endsWith("package-info")) {
                continue;
            }
            Class<?> type = Class.forName(name, false, PublicApiTest.class.getClassLoader());
            if (isApi(type)) {
                types.add(type);
            }
        }
        assertThat(types).hasSizeGreaterThan(150);
        return types;
    }

    private static boolean isApi(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()
                    || !Modifier.isPublic(t.getModifiers()) && !Modifier.isProtected(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }
}
