package com.dealstage.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.util.StringUtils;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;

/**
 * Compiles every {@code *.drl} below the rules directory into one KieBase.
 */
final class RuleCompiler {

    private static final String RESOURCES = "src/main/resources/";

    private static final String NULL_PACKAGE = "Parser returned a null Package";

    private static final AtomicLong BUILDS = new AtomicLong();

    private RuleCompiler() {
    }

    /**
     * @param rulesByFile the names of the rules of each DRL file (relative path), for matching examples to rules
     */
    record Compiled(KieBase kieBase, List<String> files, Map<String, Set<String>> rulesByFile, List<RuleError> errors) {

        static Compiled failed(List<String> files, List<RuleError> errors) {
            return new Compiled(null, files, Map.of(), errors);
        }

        boolean ok() {
            return this.errors.isEmpty();
        }

    }

    static Compiled compile(Path rulesDir) {
        List<String> files = RuleFiles.drl(rulesDir);
        if (files.isEmpty()) {
            // an empty rule set would silently switch every stage gate off
            return Compiled.failed(files, List.of(new RuleError(rulesDir.toString(), 0, "No .drl files found.")));
        }
        KieServices kie = KieServices.get();
        // a unique release id per build, so that concurrent builds never see each other's module
        ReleaseId releaseId = kie.newReleaseId("com.dealstage", "rules", "1.0." + BUILDS.incrementAndGet());
        KieFileSystem kfs = kie.newKieFileSystem().generateAndWritePomXML(releaseId);
        Map<String, String> sourceByPath = new HashMap<>();
        for (String file : files) {
            String drl = read(rulesDir.resolve(file));
            String path = kiePath(file, drl);
            sourceByPath.put(path, file);
            kfs.write(path, drl);
        }
        KieBuilder builder = kie.newKieBuilder(kfs, RuleCompiler.class.getClassLoader()).buildAll();
        List<RuleError> errors = errors(builder, sourceByPath);
        if (!errors.isEmpty()) {
            return Compiled.failed(files, errors);
        }
        KieBase kieBase = kie.newKieContainer(releaseId, RuleCompiler.class.getClassLoader()).getKieBase();
        // the KieBase is all we keep; the repository would otherwise grow with every reload
        kie.getRepository().removeKieModule(releaseId);
        return new Compiled(kieBase, files, rulesByFile(kieBase, sourceByPath), List.of());
    }

    /** Each rule knows the resource it was compiled from; Drools' public API does not say, its RuleImpl does. */
    private static Map<String, Set<String>> rulesByFile(KieBase kieBase, Map<String, String> sourceByPath) {
        Map<String, Set<String>> rules = new TreeMap<>();
        sourceByPath.values().forEach(file -> rules.put(file, new TreeSet<>()));
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Resource resource = rule instanceof RuleImpl impl ? impl.getResource() : null;
                String file = resource == null ? "" : sourceFile(resource.getSourcePath(), sourceByPath);
                rules.computeIfAbsent(file, f -> new TreeSet<>()).add(rule.getName());
            }
        }
        return rules;
    }

    /** Files go under a folder matching their DRL package, which keeps Drools' package/folder check quiet. */
    private static String kiePath(String file, String drl) {
        // sub-folders are flattened into the name, so equal names in two folders cannot collide
        String fileName = file.replace('/', '-');
        String pkg = drlPackage(drl);
        String folder = pkg == null ? "" : pkg.replace('.', '/') + "/";
        return RESOURCES + folder + fileName;
    }

    /** The same detection Drools' KieBuilder uses for its folder check. */
    private static String drlPackage(String drl) {
        int start = StringUtils.codeAwareIndexOf(drl, "package");
        if (start < 0) {
            return null;
        }
        start += "package".length();
        int semicolon = drl.indexOf(';', start);
        int newline = drl.indexOf('\n', start);
        int end = semicolon > 0 && newline > 0 ? Math.min(semicolon, newline) : Math.max(semicolon, newline);
        return end > 0 ? drl.substring(start, end).trim() : null;
    }

    private static List<RuleError> errors(KieBuilder builder, Map<String, String> sourceByPath) {
        List<RuleError> errors = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            errors.add(new RuleError(sourceFile(message.getPath(), sourceByPath), Math.max(message.getLine(), 0),
                    message.getText().trim()));
        }
        // the parser adds this after every syntax error; it only repeats that the file is broken
        boolean syntaxErrors = errors.stream().anyMatch(e -> !e.message().startsWith(NULL_PACKAGE));
        return syntaxErrors ? errors.stream().filter(e -> !e.message().startsWith(NULL_PACKAGE)).toList() : errors;
    }

    /** Drools reports paths relative to src/main/resources, or the full path, depending on the message. */
    private static String sourceFile(String kiePath, Map<String, String> sourceByPath) {
        if (kiePath == null) {
            return "";
        }
        String file = sourceByPath.get(kiePath);
        return file != null ? file : sourceByPath.getOrDefault(RESOURCES + kiePath, kiePath);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
