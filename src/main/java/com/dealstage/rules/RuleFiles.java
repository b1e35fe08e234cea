package com.dealstage.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a process owner keeps in the rules directory: {@code *.drl} files and, beside each, its
 * {@code *.examples.yaml}; sub-folders included. Paths are relative to the directory, with '/'.
 */
final class RuleFiles {

    static final String EXAMPLES = ".examples.yaml";

    private RuleFiles() {
    }

    static List<String> drl(Path rulesDir) {
        return withSuffix(rulesDir, ".drl");
    }

    static List<String> examples(Path rulesDir) {
        return withSuffix(rulesDir, EXAMPLES);
    }

    /** The files a reload reads: the rules and their examples. */
    static List<String> all(Path rulesDir) {
        List<String> files = new ArrayList<>(drl(rulesDir));
        files.addAll(examples(rulesDir));
        return files;
    }

    /** {@code x.drl} for {@code x.examples.yaml}. */
    static String drlOf(String examplesFile) {
        return examplesFile.substring(0, examplesFile.length() - EXAMPLES.length()) + ".drl";
    }

    private static List<String> withSuffix(Path rulesDir, String suffix) {
        if (!Files.isDirectory(rulesDir)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(rulesDir)) {
            return paths.filter(p -> p.toString().endsWith(suffix) && Files.isRegularFile(p))
                .map(p -> rulesDir.relativize(p).toString().replace('\\', '/'))
                .sorted()
                .toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
