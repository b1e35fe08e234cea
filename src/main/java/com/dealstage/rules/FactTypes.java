package com.dealstage.rules;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The types an examples file may name in {@code given} and {@code expect}: those its DRL file imports, by their
 * simple names as the DRL uses them (or any class by its full name). No list to maintain: a new fact or decision
 * type is usable in examples as soon as the DRL imports it.
 */
final class FactTypes {

    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+([\\w.]+?)\\s*;?\\s*$");

    private final Map<String, String> imports = new TreeMap<>();

    FactTypes(String drl) {
        Matcher matcher = IMPORT.matcher(drl);
        while (matcher.find()) {
            String name = matcher.group(1);
            this.imports.put(name.substring(name.lastIndexOf('.') + 1), name);
        }
    }

    /** @throws IllegalArgumentException naming the types the DRL file imports */
    Class<?> resolve(String name) {
        String className = name.contains(".") ? name : this.imports.get(name);
        if (className != null) {
            try {
                return Class.forName(className, false, FactTypes.class.getClassLoader());
            }
            catch (ClassNotFoundException ex) {
                // reported below like an unknown name
            }
        }
        throw new IllegalArgumentException("Unknown type " + name + ": the rule file imports " + this.imports.keySet());
    }

}
