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
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.drools.util.StringUtils;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles every {@code *.drl} below the rules directory into one KieBase.
 */
final class RuleCompiler {

    private static final String RESOURCES = "src/main/resources/";

    private static final String NULL_PACKAGE = "Parser returned a null Package";

    private static final AtomicLong BUILDS = new AtomicLong();

    private RuleCompiler() {
    }

    record Compiled(KieBase kieBase, List<String> files, List<RuleError> errors) {

        boolean ok() {
            return this.errors.isEmpty();
        }

    }

    static Compiled compile(Path rulesDir) {
        List<String> files = drlFiles(rulesDir);
        if (files.isEmpty()) {
            // an empty rule set would silently switch every stage gate off
            return new Compiled(null, files, List.of(new RuleError(rulesDir.toString(), 0, "No .drl files found.")));
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
            return new Compiled(null, files, errors);
        }
        KieBase kieBase = kie.newKieContainer(releaseId, RuleCompiler.class.getClassLoader()).getKieBase();
        // the KieBase is all we keep; the repository would otherwise grow with every reload
        kie.getRepository().removeKieModule(releaseId);
        return new Compiled(kieBase, files, List.of());
    }

    static List<String> drlFiles(Path rulesDir) {
        if (!Files.isDirectory(rulesDir)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(rulesDir)) {
            return paths.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p))
                .map(p -> rulesDir.relativize(p).toString().replace('\\', '/'))
                .sorted()
                .toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
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
