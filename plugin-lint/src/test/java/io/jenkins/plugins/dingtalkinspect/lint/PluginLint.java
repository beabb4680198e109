package io.jenkins.plugins.dingtalkinspect.lint;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Static checks of a Jenkins plugin's sources that need no Jenkins classes: Jelly escaping, form
 * field bindings, help files, localized messages and web methods with side effects; the markup rules
 * (well-formed Jelly and help, controls wired to descriptor methods) are in {@link MarkupRules}.
 */
final class PluginLint {

    /** One problem: the rule it breaks, the file, and what is wrong. */
    record Violation(String rule, Path file, String detail) {
        @Override
        public String toString() {
            return rule + ": " + file + ": " + detail;
        }
    }

    static final String ESCAPE = "escape-by-default";
    static final String FIELDS = "field-binding";
    static final String HELP = "help-files";
    static final String MESSAGES = "messages";
    static final String WEB_METHODS = "web-methods";

    private static final Pattern ESCAPE_HEADER =
            Pattern.compile("\\A\\s*<\\?jelly\\s+escape-by-default\\s*=\\s*(['\"])true\\1\\s*\\?>");
    private static final Pattern FIELD = Pattern.compile("\\bfield\\s*=\\s*\"([^\"$]+)\"");
    private static final Pattern JELLY_KEY = Pattern.compile("\\$\\{%([^}(]+)");
    private static final Pattern HELP_FILE = Pattern.compile("help-([A-Za-z0-9_]+?)(_[a-z]{2}(_[A-Z]{2})?)?\\.html");
    private static final Set<String> READ_ONLY_PREFIXES = Set.of("doFill", "doCheck", "doAutoComplete");
    static final String LOCALE = "zh_CN";

    private final Path resources;
    private final JavaModel java;
    private final MarkupRules markup;

    PluginLint(Path pluginRoot) {
        this.resources = pluginRoot.resolve("src/main/resources");
        this.java = JavaModel.parse(pluginRoot.resolve("src/main/java"));
        this.markup = new MarkupRules(this, java);
    }

    List<Violation> all() {
        List<Violation> out = new ArrayList<>();
        out.addAll(escapeByDefault());
        out.addAll(fieldBindings());
        out.addAll(helpFiles());
        out.addAll(messages());
        out.addAll(webMethods());
        out.addAll(markup.all());
        return out;
    }

    /** The rules over the views' and help files' markup. */
    MarkupRules markup() {
        return markup;
    }

    /** Every Jelly file starts with {@code <?jelly escape-by-default='true'?>}. */
    List<Violation> escapeByDefault() {
        List<Violation> out = new ArrayList<>();
        for (Path jelly : files(".jelly")) {
            if (!ESCAPE_HEADER.matcher(read(jelly)).lookingAt()) {
                out.add(new Violation(ESCAPE, jelly, "does not start with <?jelly escape-by-default='true'?>"));
            }
        }
        return out;
    }

    /** Every {@code field="x"} of a config/global view is a bound property of its class. */
    List<Violation> fieldBindings() {
        List<Violation> out = new ArrayList<>();
        for (Path jelly : formViews()) {
            String owner = ownerClass(jelly.getParent());
            if (owner == null) {
                out.add(new Violation(FIELDS, jelly, "no class in the sources for this view's folder"));
                continue;
            }
            Set<String> bound = bindable(owner, jelly.getFileName().toString());
            for (String field : fields(jelly)) {
                if (!bound.contains(field)) {
                    out.add(new Violation(
                            FIELDS,
                            jelly,
                            "field \"" + field + "\" is not a @DataBoundConstructor "
                                    + "parameter, @DataBoundSetter or public field of " + owner));
                }
            }
        }
        return out;
    }

    /**
     * Every {@code help-x.html} names a bound property and has its zh_CN twin, and every form field
     * has a help file.
     */
    List<Violation> helpFiles() {
        List<Violation> out = new ArrayList<>();
        for (Path help : files(".html")) {
            Matcher m = HELP_FILE.matcher(help.getFileName().toString());
            if (!m.matches()) {
                continue;
            }
            String field = m.group(1);
            String owner = ownerClass(help.getParent());
            if (owner == null) {
                out.add(new Violation(HELP, help, "no class in the sources for this help file's folder"));
                continue;
            }
            Set<String> bound = bindable(owner, "config.jelly");
            bound.addAll(bindable(owner, "global.jelly"));
            if (m.group(2) == null && !bound.contains(field)) {
                out.add(new Violation(HELP, help, "\"" + field + "\" is not a field of " + owner));
            }
            String base = "help-" + field + ".html";
            String twin = "help-" + field + "_" + LOCALE + ".html";
            if (m.group(2) == null && !Files.exists(help.resolveSibling(twin))) {
                out.add(new Violation(HELP, help, "has no " + twin));
            } else if (m.group(2) != null && !Files.exists(help.resolveSibling(base))) {
                out.add(new Violation(HELP, help, "has no " + base));
            }
        }
        for (Path jelly : formViews()) {
            for (String field : fields(jelly)) {
                if (!Files.exists(jelly.resolveSibling("help-" + field + ".html"))) {
                    out.add(new Violation(HELP, jelly, "field \"" + field + "\" has no help-" + field + ".html"));
                }
            }
        }
        return out;
    }

    /**
     * Every {@code Messages.KEY(...)} in Java is in Messages.properties and its zh_CN twin, every
     * {@code ${%KEY}} or {@code ${%KEY(args)}} in Jelly (spaces allowed) in the view's properties and
     * their zh_CN twin, and twins hold the same keys.
     */
    List<Violation> messages() {
        List<Violation> out = new ArrayList<>();
        Set<String> ownPackages = new LinkedHashSet<>();
        java.classes.keySet().forEach(c -> ownPackages.add(c.contains(".") ? c.substring(0, c.lastIndexOf('.')) : ""));
        for (JavaModel.MessagesCall call : java.messagesCalls) {
            if (!ownPackages.contains(call.messagesPackage())) {
                continue; // another library's Messages
            }
            Path base =
                    resources.resolve(call.messagesPackage().replace('.', '/')).resolve("Messages.properties");
            for (Path file : List.of(base, twin(base))) {
                boolean found =
                        keys(file).stream().anyMatch(k -> k.replace('.', '_').equals(call.method()));
                if (!found) {
                    out.add(new Violation(MESSAGES, call.file(), "Messages." + call.method() + " is not in " + file));
                }
            }
        }
        for (Path jelly : files(".jelly")) {
            Set<String> used = new LinkedHashSet<>();
            Matcher m = JELLY_KEY.matcher(read(jelly));
            while (m.find()) {
                used.add(m.group(1).strip());
            }
            String name = jelly.getFileName().toString().replaceFirst("\\.jelly$", "");
            Path base = jelly.resolveSibling(name + ".properties");
            for (Path file : List.of(base, twin(base))) {
                Set<String> keys = keys(file);
                for (String key : used) {
                    if (!keys.contains(key)) {
                        out.add(new Violation(MESSAGES, jelly, "${%" + key + "} is not in " + file.getFileName()));
                    }
                }
            }
        }
        for (Path props : files(".properties")) {
            String name = props.getFileName().toString();
            if (name.contains("_")) {
                continue;
            }
            Path zh = twin(props);
            if (!Files.exists(zh)) {
                out.add(new Violation(MESSAGES, props, "has no " + zh.getFileName()));
            } else if (!keys(props).equals(keys(zh))) {
                Set<String> diff = new LinkedHashSet<>(keys(props));
                diff.addAll(keys(zh));
                diff.removeIf(k -> keys(props).contains(k) && keys(zh).contains(k));
                out.add(new Violation(MESSAGES, props, "keys differ from " + zh.getFileName() + ": " + diff));
            }
        }
        return out;
    }

    /** Every {@code do*} method except fill/check/auto-complete has {@code @POST} and a permission check. */
    List<Violation> webMethods() {
        List<Violation> out = new ArrayList<>();
        for (JavaModel.ClassInfo cls : java.classes.values()) {
            for (JavaModel.WebMethod method : cls.webMethods()) {
                if (READ_ONLY_PREFIXES.stream().anyMatch(method.name()::startsWith)) {
                    continue;
                }
                String where = cls.binaryName() + "#" + method.name();
                if (!method.annotations().contains("POST")
                        && !method.annotations().contains("RequirePOST")) {
                    out.add(new Violation(WEB_METHODS, method.file(), where + " changes or sends but has no @POST"));
                }
                if (!method.checksPermission()) {
                    out.add(new Violation(WEB_METHODS, method.file(), where + " has no checkPermission(...)"));
                }
            }
        }
        return out;
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** The class whose views live in {@code dir}: {@code a/b/Outer/Inner} is {@code a.b.Outer$Inner}. */
    String ownerClass(Path dir) {
        String rel = resources.relativize(dir).toString().replace('\\', '/');
        String dotted = rel.replace('/', '.');
        for (String candidate = dotted; ; ) {
            if (java.classes.containsKey(candidate)) {
                return candidate;
            }
            int dot = candidate.lastIndexOf('.');
            if (dot < 0) {
                return null;
            }
            candidate = candidate.substring(0, dot) + "$" + candidate.substring(dot + 1);
        }
    }

    /** A global.jelly binds to the class's descriptor when it has a nested DescriptorImpl. */
    private Set<String> bindable(String owner, String view) {
        Set<String> bound = new LinkedHashSet<>(java.boundProperties(owner));
        if (view.startsWith("global")) {
            bound.addAll(java.boundProperties(owner + "$DescriptorImpl"));
        }
        return bound;
    }

    private List<Path> formViews() {
        return files(".jelly").stream()
                .filter(p -> p.getFileName().toString().matches("(config|global)(-[A-Za-z]+)?\\.jelly"))
                .toList();
    }

    private static Set<String> fields(Path jelly) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = FIELD.matcher(read(jelly));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Path twin(Path properties) {
        return properties.resolveSibling(
                properties.getFileName().toString().replace(".properties", "_" + LOCALE + ".properties"));
    }

    private static Set<String> keys(Path properties) {
        if (!Files.exists(properties)) {
            return Set.of();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(properties, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.stringPropertyNames();
    }

    List<Path> files(String suffix) {
        if (!Files.isDirectory(resources)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(resources)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
