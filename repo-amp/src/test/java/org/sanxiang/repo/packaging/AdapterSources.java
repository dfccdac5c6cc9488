package org.sanxiang.repo.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The adapter's sources (src/main/alfresco-java, package org.sanxiang.alfresco), which the default
 * build does not compile: which classes exist, and which interfaces each implements, read from its
 * {@code implements} clause and imports.
 */
final class AdapterSources {

    static final String PACKAGE = "org.sanxiang.alfresco.";
    private static final Pattern IMPORT = Pattern.compile("^import\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern IMPLEMENTS = Pattern.compile(
            "public\\s+(?:final\\s+)?class\\s+(\\w+)[^{]*?\\bimplements\\s+([^{]+)\\{", Pattern.DOTALL);

    private final Path root;

    AdapterSources(Path root) {
        this.root = root;
    }

    /** src/main/alfresco-java of this module (tests run in the module's directory). */
    static AdapterSources ofModule() {
        return new AdapterSources(Path.of("src/main/alfresco-java"));
    }

    static boolean isAdapterClass(String className) {
        return className.startsWith(PACKAGE);
    }

    Path file(String className) {
        return root.resolve(className.replace('.', '/') + ".java");
    }

    boolean exists(String className) {
        return Files.isRegularFile(file(className));
    }

    /** The fully qualified names of the interfaces the class implements, as its source names them. */
    List<String> interfaces(String className) {
        String source;
        try {
            source = Files.readString(file(className));
        } catch (IOException e) {
            throw new UncheckedIOException("adapter class " + className + " has no source " + file(className), e);
        }
        Map<String, String> imports = new LinkedHashMap<>();
        Matcher im = IMPORT.matcher(source);
        while (im.find()) {
            String fqn = im.group(1);
            imports.put(fqn.substring(fqn.lastIndexOf('.') + 1), fqn);
        }
        Matcher m = IMPLEMENTS.matcher(source);
        List<String> out = new ArrayList<>();
        if (!m.find()) {
            return out;
        }
        String pkg = className.substring(0, className.lastIndexOf('.') + 1);
        for (String raw : m.group(2).replaceAll("<[^<>]*(<[^<>]*>[^<>]*)*>", "").split(",")) {
            String name = raw.strip();
            if (name.isEmpty()) {
                continue;
            }
            String head = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            String fqn = imports.containsKey(head) ? imports.get(head) + name.substring(head.length())
                    : name.contains(".") ? name : pkg + name;
            // a nested interface (Outer.Inner) is the binary name Outer$Inner
            int dot = fqn.lastIndexOf('.');
            String outer = fqn.substring(0, dot);
            if (imports.containsValue(outer) || Character.isUpperCase(outer.charAt(outer.lastIndexOf('.') + 1))) {
                fqn = outer + "$" + fqn.substring(dot + 1);
            }
            out.add(fqn);
        }
        return out;
    }
}
