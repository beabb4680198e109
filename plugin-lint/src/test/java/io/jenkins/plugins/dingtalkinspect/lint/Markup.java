package io.jenkins.plugins.dingtalkinspect.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The plugin's Jelly views and help files as XML, read with the JDK's SAX parser: whether they are
 * well-formed, and which form controls of a view Stapler wires to a descriptor method.
 */
final class Markup {

    static final String FORM = "/lib/form";
    static final String CREDENTIALS = "/lib/credentials";

    /**
     * A form control that needs a web method on the view's descriptor: {@code name} is the field of a
     * drop-down ({@code kind} "select", "combobox") or the method of a validate button ("validateButton").
     */
    record Control(String tag, String kind, String name, int line, int column) {

        /** The descriptor method Stapler calls for this control. */
        String method() {
            String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            return kind.equals("validateButton") ? "do" + capitalized : "doFill" + capitalized + "Items";
        }

        String where() {
            return line + ":" + column;
        }
    }

    private Markup() {}

    /**
     * The first error an XML parser finds in the file, as {@code line:column: message}; empty when the
     * file is well-formed. Namespace-aware parsing also refuses an element or attribute whose prefix
     * has no {@code xmlns:} declaration.
     */
    static Optional<String> firstError(Path file, boolean namespaceAware) {
        try {
            parse(file, namespaceAware, new Strict());
            return Optional.empty();
        } catch (SAXParseException e) {
            return Optional.of(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        } catch (SAXException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * The controls of a well-formed Jelly view that Stapler wires to a descriptor method: {@code
     * <f:select>}, {@code <c:select>} and {@code <f:combobox>} with their own {@code field} or that of
     * the enclosing {@code <f:entry>} (they need {@code doFillXItems}), and {@code <f:validateButton
     * method="m">} (it needs {@code doM}). Values computed by an expression are left out. Empty for a
     * file that is not well-formed (that rule reports it).
     */
    static List<Control> controls(Path jelly) {
        List<Control> out = new ArrayList<>();
        Deque<String> fieldInScope = new ArrayDeque<>();
        DefaultHandler handler = new Strict() {
            private Locator locator;

            @Override
            public void setDocumentLocator(Locator locator) {
                this.locator = locator;
            }

            @Override
            public void startElement(String uri, String local, String qName, Attributes attrs) {
                String field = attrs.getValue("", "field");
                String inherited = fieldInScope.isEmpty() ? "" : fieldInScope.peek();
                boolean entry = FORM.equals(uri) && local.equals("entry");
                fieldInScope.push(entry && field != null ? field : inherited);
                String kind = FORM.equals(uri) && (local.equals("select") || local.equals("combobox"))
                        ? local
                        : CREDENTIALS.equals(uri) && local.equals("select")
                                ? "select"
                                : FORM.equals(uri) && local.equals("validateButton") ? "validateButton" : null;
                if (kind == null) {
                    return;
                }
                String name = kind.equals("validateButton")
                        ? attrs.getValue("", "method")
                        : field != null ? field : inherited;
                if (name != null && name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    out.add(new Control(qName, kind, name, locator.getLineNumber(), locator.getColumnNumber()));
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                fieldInScope.pop();
            }
        };
        try {
            parse(jelly, true, handler);
        } catch (SAXException e) {
            return List.of();
        }
        return out;
    }

    private static void parse(Path file, boolean namespaceAware, DefaultHandler handler) throws SAXException {
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            parser(namespaceAware).parse(source, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails on recoverable errors too, not only on fatal ones. */
    private static class Strict extends DefaultHandler {
        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }
    }

    /** A non-validating parser that reads no external DTD or entity. */
    private static SAXParser parser(boolean namespaceAware) throws SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(namespaceAware);
        factory.setValidating(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newSAXParser();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
