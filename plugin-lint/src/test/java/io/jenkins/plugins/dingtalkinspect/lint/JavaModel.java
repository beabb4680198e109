package io.jenkins.plugins.dingtalkinspect.lint;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * What the lint rules need from the plugin's Java sources, read with the JDK's parser only (no
 * Jenkins classes, no attribution): bound properties per class, web methods, descriptors, Messages
 * calls.
 */
final class JavaModel {

    /** A class of the plugin; {@code binaryName} is {@code pkg.Outer$Inner}, as Stapler finds views. */
    record ClassInfo(
            String binaryName, String superclass, Set<String> boundProperties, List<WebMethod> webMethods, Path file) {}

    /** A {@code do*} method of a class; Stapler calls only public ones. */
    record WebMethod(String name, Set<String> annotations, boolean checksPermission, boolean isPublic, Path file) {}

    /** A {@code Messages.KEY(...)} call: the package of the Messages class and the method name. */
    record MessagesCall(String messagesPackage, String method, Path file) {}

    /** Descriptor types not named {@code *Descriptor}: a global configuration is its own descriptor. */
    private static final Set<String> DESCRIPTOR_TYPES = Set.of("GlobalConfiguration", "GlobalPluginConfiguration");

    final Map<String, ClassInfo> classes = new LinkedHashMap<>();
    final List<MessagesCall> messagesCalls = new ArrayList<>();

    static JavaModel parse(Path javaRoot) {
        JavaModel model = new JavaModel();
        if (!Files.isDirectory(javaRoot)) {
            return model;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(javaRoot)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) javac.getTask(
                    null, fm, d -> {}, List.of("-proc:none"), null, fm.getJavaFileObjectsFromPaths(files));
            for (CompilationUnitTree unit : task.parse()) {
                model.read(unit, Path.of(unit.getSourceFile().toUri()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }

    private void read(CompilationUnitTree unit, Path file) {
        String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
        String messagesPackage = pkg;
        for (ImportTree imp : unit.getImports()) {
            String name = imp.getQualifiedIdentifier().toString();
            if (!imp.isStatic() && name.endsWith(".Messages")) {
                messagesPackage = name.substring(0, name.length() - ".Messages".length());
            }
        }
        for (Tree type : unit.getTypeDecls()) {
            if (type instanceof ClassTree cls) {
                readClass(cls, pkg.isEmpty() ? "" : pkg + ".", file);
            }
        }
        String messagesPkg = messagesPackage;
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                if (call.getMethodSelect() instanceof MemberSelectTree select) {
                    ExpressionTree target = select.getExpression();
                    if (target instanceof IdentifierTree id && id.getName().contentEquals("Messages")) {
                        messagesCalls.add(new MessagesCall(
                                messagesPkg, select.getIdentifier().toString(), file));
                    } else if (target instanceof MemberSelectTree qualified
                            && qualified.getIdentifier().contentEquals("Messages")) {
                        messagesCalls.add(new MessagesCall(
                                qualified.getExpression().toString(),
                                select.getIdentifier().toString(),
                                file));
                    }
                }
                return super.visitMethodInvocation(call, unused);
            }
        }.scan(unit, null);
    }

    private void readClass(ClassTree cls, String prefix, Path file) {
        String binaryName = prefix + cls.getSimpleName();
        Set<String> bound = new LinkedHashSet<>();
        List<WebMethod> web = new ArrayList<>();
        for (Tree member : cls.getMembers()) {
            if (member instanceof MethodTree method) {
                Set<String> annotations = annotationNames(method.getModifiers());
                String name = method.getName().toString();
                if (name.equals("<init>") && annotations.contains("DataBoundConstructor")) {
                    method.getParameters().forEach(p -> bound.add(p.getName().toString()));
                } else if (annotations.contains("DataBoundSetter") && name.startsWith("set") && name.length() > 3) {
                    bound.add(Character.toLowerCase(name.charAt(3)) + name.substring(4));
                } else if (name.startsWith("do") && name.length() > 2 && Character.isUpperCase(name.charAt(2))) {
                    boolean isPublic = method.getModifiers().getFlags().contains(Modifier.PUBLIC);
                    web.add(new WebMethod(name, annotations, callsCheckPermission(method), isPublic, file));
                }
            } else if (member instanceof VariableTree field) {
                Set<Modifier> flags = field.getModifiers().getFlags();
                boolean publicField = flags.contains(Modifier.PUBLIC) && !flags.contains(Modifier.STATIC);
                if (publicField || annotationNames(field.getModifiers()).contains("DataBoundSetter")) {
                    bound.add(field.getName().toString());
                }
            } else if (member instanceof ClassTree nested) {
                readClass(nested, binaryName + "$", file);
            }
        }
        String superclass = Optional.ofNullable(cls.getExtendsClause())
                .map(Tree::toString)
                .map(s -> s.replaceAll("<.*", ""))
                .orElse(null);
        classes.put(binaryName, new ClassInfo(binaryName, superclass, bound, web, file));
    }

    private static Set<String> annotationNames(ModifiersTree modifiers) {
        Set<String> names = new LinkedHashSet<>();
        for (AnnotationTree a : modifiers.getAnnotations()) {
            String name = a.getAnnotationType().toString();
            names.add(name.substring(name.lastIndexOf('.') + 1));
        }
        return names;
    }

    private static boolean callsCheckPermission(MethodTree method) {
        if (method.getBody() == null) {
            return false;
        }
        boolean[] found = {false};
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                ExpressionTree select = call.getMethodSelect();
                String name = select instanceof MemberSelectTree m
                        ? m.getIdentifier().toString()
                        : select instanceof IdentifierTree id ? id.getName().toString() : "";
                if (name.equals("checkPermission") || name.equals("checkAnyPermission")) {
                    found[0] = true;
                }
                return super.visitMethodInvocation(call, unused);
            }
        }.scan(method.getBody(), null);
        return found[0];
    }

    /**
     * The properties a view of {@code binaryName} may bind: the class's own and those of its
     * superclasses found among the sources (by simple name or qualified name).
     */
    Set<String> boundProperties(String binaryName) {
        Set<String> out = new LinkedHashSet<>();
        ClassInfo info = classes.get(binaryName);
        Set<String> seen = new LinkedHashSet<>();
        while (info != null && seen.add(info.binaryName())) {
            out.addAll(info.boundProperties());
            String sup = info.superclass();
            info = sup == null ? null : findBySourceName(sup);
        }
        return out;
    }

    /**
     * The descriptors whose web methods a view of {@code binaryName} calls: the class itself when it
     * is a descriptor (a {@code GlobalConfiguration}, say), else its nested {@code DescriptorImpl} and
     * any other nested class extending a descriptor type. Empty when there is none.
     */
    List<ClassInfo> descriptorsOf(String binaryName) {
        ClassInfo owner = classes.get(binaryName);
        if (owner == null) {
            return List.of();
        }
        if (isDescriptor(owner)) {
            return List.of(owner);
        }
        String prefix = binaryName + "$";
        return classes.values().stream()
                .filter(c -> c.binaryName().startsWith(prefix)
                        && !c.binaryName().substring(prefix.length()).contains("$"))
                .filter(c -> c.binaryName().endsWith("$DescriptorImpl") || isDescriptor(c))
                .toList();
    }

    /**
     * Whether the class extends a descriptor type: one named {@code *Descriptor} or a global
     * configuration, directly or through superclasses among the sources.
     */
    boolean isDescriptor(ClassInfo cls) {
        Set<String> seen = new LinkedHashSet<>();
        for (ClassInfo info = cls; info != null && seen.add(info.binaryName()); ) {
            String sup = info.superclass();
            if (sup == null) {
                return false;
            }
            String simple = sup.substring(sup.lastIndexOf('.') + 1);
            if (simple.endsWith("Descriptor") || DESCRIPTOR_TYPES.contains(simple)) {
                return true;
            }
            info = findBySourceName(sup);
        }
        return false;
    }

    /** The {@code do*} methods of the class and of its superclasses among the sources, by name. */
    Map<String, WebMethod> webMethods(String binaryName) {
        Map<String, WebMethod> out = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ClassInfo info = classes.get(binaryName); info != null && seen.add(info.binaryName()); ) {
            info.webMethods().forEach(m -> out.putIfAbsent(m.name(), m));
            info = info.superclass() == null ? null : findBySourceName(info.superclass());
        }
        return out;
    }

    private ClassInfo findBySourceName(String name) {
        ClassInfo exact = classes.get(name);
        if (exact != null) {
            return exact;
        }
        String simple = name.substring(name.lastIndexOf('.') + 1);
        return classes.values().stream()
                .filter(c ->
                        c.binaryName().endsWith("." + simple) || c.binaryName().endsWith("$" + simple))
                .findFirst()
                .orElse(null);
    }
}
