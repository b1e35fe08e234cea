package com.dealstage.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.util.FileSystemUtils;

/** Loads rules in a temporary copy of a folder, so that nothing a process owner tries reaches the rules in force. */
final class RuleValidation {

    /** A relative path of plain names ending in .drl: nothing that could leave the copied folder. */
    private static final Pattern FILE = Pattern.compile("([A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*\\.drl");

    private RuleValidation() {
    }

    static RulesValidation validate(Path rulesDir, String file, String drl, RuleLoader loader, RuleWarnings warnings) {
        if (file == null || !FILE.matcher(file).matches() || file.contains("..")) {
            throw new IllegalArgumentException("The file name must be a .drl file of the rules folder, such as "
                    + "stage-gates.drl (letters, digits, '.', '-', '_', sub-folders with '/').");
        }
        if (drl == null || drl.isBlank()) {
            throw new IllegalArgumentException("The request body must be the text of the rule file.");
        }
        Map<String, String> files = new TreeMap<>(RuleSnapshot.of(rulesDir, Instant.now()).files());
        files.put(file, drl);
        RuleSnapshot candidate = new RuleSnapshot(files, Instant.now());
        RuleLoader.Loaded loaded = inTemporaryCopy(candidate, loader::load);
        boolean ok = loaded.ok();
        return new RulesValidation(ok, file, loaded.errors(), ok ? warnings.of(loaded.references()) : List.of());
    }

    /** Writes {@code files} to a temporary folder, loads them there and deletes the folder. */
    static RuleLoader.Loaded inTemporaryCopy(RuleSnapshot files, Function<Path, RuleLoader.Loaded> load) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("dealstage-rules-");
            return load.apply(files.writeTo(dir));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        finally {
            if (dir != null) {
                try {
                    FileSystemUtils.deleteRecursively(dir);
                }
                catch (IOException ex) {
                    // a left-over temporary folder harms nobody
                }
            }
        }
    }
}
