package org.projectdesk.web.api;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.projectdesk.security.entity.Role;

/**
 * The boundary methods a REST resource method calls, read from the byte code (its own calls, those of
 * the web classes it calls, and of its lambdas), and the roles that may make every one of those calls.
 * The roles come from the boundaries' {@code @RolesAllowed}, the one place they are decided, so the
 * API document cannot drift from what the server enforces.
 */
final class BoundaryCalls {

    /** A boundary method by its class and name. */
    record Call(Class<?> boundary, Method method) {

        @Override
        public String toString() {
            return boundary.getSimpleName() + "." + method.getName();
        }
    }

    /** What a resource method calls, and who may call it (every role when it calls no boundary). */
    record Reach(Set<Call> calls, Set<Role> roles) {
    }

    private static final String WEB_PACKAGE = "org/projectdesk/web/";
    private static final String APPLICATION_PACKAGE = "org/projectdesk/";

    private final ClassLoader loader;

    BoundaryCalls(ClassLoader loader) {
        this.loader = loader;
    }

    /** The boundary calls of {@code method} of a resource class, and the roles of its own and their @RolesAllowed. */
    Reach of(Class<?> resource, Method method) {
        Set<Call> calls = new LinkedHashSet<>();
        Deque<Site> pending = new ArrayDeque<>();
        Set<Site> seen = new HashSet<>();
        pending.add(new Site(Type.getInternalName(resource), method.getName(), Type.getMethodDescriptor(method)));
        while (!pending.isEmpty()) {
            Site site = pending.poll();
            if (!seen.add(site)) {
                continue;
            }
            for (Site callee : callees(site)) {
                Class<?> owner = load(callee.owner());
                if (owner != null && isBoundary(owner)) {
                    Method called = find(owner, callee.name(), callee.descriptor());
                    if (called != null) {
                        calls.add(new Call(owner, called));
                    }
                } else if (callee.owner().startsWith(WEB_PACKAGE)) {
                    pending.add(callee);
                }
            }
        }
        Set<Role> roles = EnumSet.allOf(Role.class);
        roles.retainAll(rolesOf(method, resource));
        for (Call call : calls) {
            roles.retainAll(rolesOf(call.method(), call.boundary()));
        }
        return new Reach(calls, roles);
    }

    private record Site(String owner, String name, String descriptor) {
    }

    /** The methods called by the code of {@code site}, lambdas' bodies and method references included. */
    private Set<Site> callees(Site site) {
        Set<Site> callees = new LinkedHashSet<>();
        byte[] code = bytes(site.owner());
        if (code == null) {
            return callees;
        }
        boolean[] declared = {false};
        new ClassReader(code).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                if (!name.equals(site.name()) || !descriptor.equals(site.descriptor())) {
                    return null;
                }
                declared[0] = true;
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String called, String calledDescriptor, boolean isInterface) {
                        if (owner.startsWith(APPLICATION_PACKAGE)) {
                            callees.add(new Site(owner, called, calledDescriptor));
                        }
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
                        for (Object argument : arguments) {
                            if (argument instanceof Handle handle && handle.getOwner().startsWith(APPLICATION_PACKAGE)) {
                                callees.add(new Site(handle.getOwner(), handle.getName(), handle.getDesc()));
                            }
                        }
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        if (!declared[0]) {
            // Not declared here: an inherited method, read from the superclass.
            Class<?> owner = load(site.owner());
            if (owner != null && owner.getSuperclass() != null) {
                callees.add(new Site(Type.getInternalName(owner.getSuperclass()), site.name(), site.descriptor()));
            }
        }
        return callees;
    }

    private byte[] bytes(String internalName) {
        try (InputStream in = loader.getResourceAsStream(internalName + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + internalName, e);
        }
    }

    private Class<?> load(String internalName) {
        try {
            return Class.forName(internalName.replace('/', '.'), false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static boolean isBoundary(Class<?> type) {
        return type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class)
                || type.isAnnotationPresent(Stateful.class);
    }

    private static Method find(Class<?> type, String name, String descriptor) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.getName().equals(name) && Type.getMethodDescriptor(method).equals(descriptor)) {
                    return method;
                }
            }
        }
        return null;
    }

    /** A method's own declaration wins over its class's; neither means any signed-in caller. */
    private static Set<Role> rolesOf(Method method, Class<?> type) {
        Set<Role> declared = declared(method);
        return declared != null ? declared : declared(type) != null ? declared(type) : EnumSet.allOf(Role.class);
    }

    private static Set<Role> declared(AnnotatedElement element) {
        if (element.isAnnotationPresent(DenyAll.class)) {
            return EnumSet.noneOf(Role.class);
        }
        if (element.isAnnotationPresent(PermitAll.class)) {
            return EnumSet.allOf(Role.class);
        }
        RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
        return allowed == null ? null : Arrays.stream(allowed.value()).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
