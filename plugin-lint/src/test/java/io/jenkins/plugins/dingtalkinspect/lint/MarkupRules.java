package io.jenkins.plugins.dingtalkinspect.lint;

import io.jenkins.plugins.dingtalkinspect.lint.PluginLint.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rules over the plugin's markup: Jelly views and help files are well-formed XML, and the form
 * controls Stapler wires to a descriptor method have that method.
 */
final class MarkupRules {

    static final String JELLY_XML = "jelly-xml";
    static final String FORM_METHODS = "form-methods";
    static final String HELP_XHTML = "help-xhtml";

    private final PluginLint lint;
    private final JavaModel java;

    MarkupRules(PluginLint lint, JavaModel java) {
        this.lint = lint;
        this.java = java;
    }

    List<Violation> all() {
        List<Violation> out = new ArrayList<>(jellyWellFormed());
        out.addAll(formMethods());
        out.addAll(helpWellFormed());
        return out;
    }

    /** Every Jelly file is well-formed, namespace-aware XML: the first error with its line:column. */
    List<Violation> jellyWellFormed() {
        List<Violation> out = new ArrayList<>();
        for (Path jelly : lint.files(".jelly")) {
            Markup.firstError(jelly, true)
                    .ifPresent(error -> out.add(new Violation(JELLY_XML, jelly, "is not well-formed XML: " + error)));
        }
        return out;
    }

    /**
     * {@code <f:select>}, {@code <c:select>} and {@code <f:combobox>} need {@code doFillXItems} and
     * {@code <f:validateButton method="m">} needs {@code doM}, public, on the descriptor of the view's
     * class (inherited from a superclass among the sources counts).
     */
    List<Violation> formMethods() {
        List<Violation> out = new ArrayList<>();
        for (Path jelly : lint.files(".jelly")) {
            List<Markup.Control> controls = Markup.controls(jelly);
            if (controls.isEmpty()) {
                continue;
            }
            String owner = lint.ownerClass(jelly.getParent());
            List<JavaModel.ClassInfo> descriptors = owner == null ? List.of() : java.descriptorsOf(owner);
            if (descriptors.isEmpty()) {
                Markup.Control first = controls.get(0);
                out.add(new Violation(
                        FORM_METHODS,
                        jelly,
                        first.where() + ": <" + first.tag() + "> needs " + first.method() + " but "
                                + (owner == null
                                        ? "no class in the sources owns this view"
                                        : owner + " has no descriptor")));
                continue;
            }
            Map<String, JavaModel.WebMethod> methods = new LinkedHashMap<>();
            descriptors.forEach(d -> java.webMethods(d.binaryName()).forEach(methods::putIfAbsent));
            String names =
                    descriptors.stream().map(JavaModel.ClassInfo::binaryName).collect(Collectors.joining(", "));
            for (Markup.Control control : controls) {
                JavaModel.WebMethod method = methods.get(control.method());
                String what = control.where() + ": <" + control.tag() + "> "
                        + (control.kind().equals("validateButton") ? "method" : "field") + " \"" + control.name()
                        + "\"";
                if (method == null) {
                    out.add(new Violation(FORM_METHODS, jelly, what + " needs " + control.method() + " on " + names));
                } else if (!method.isPublic()) {
                    out.add(new Violation(
                            FORM_METHODS,
                            jelly,
                            what + ": " + control.method() + " on " + names
                                    + " is not public, so Stapler does not call it"));
                }
            }
        }
        return out;
    }

    /** {@code help.html} and {@code help-x.html}, with their translations: one root element, well-formed. */
    List<Violation> helpWellFormed() {
        List<Violation> out = new ArrayList<>();
        for (Path help : lint.files(".html")) {
            if (!help.getFileName().toString().matches("help([-_].*)?\\.html")) {
                continue;
            }
            Markup.firstError(help, false)
                    .ifPresent(error -> out.add(new Violation(
                            HELP_XHTML,
                            help,
                            "is not a well-formed XHTML fragment in a single root element: " + error)));
        }
        return out;
    }
}
