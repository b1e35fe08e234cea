package com.dealstage.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text of every file of a rule base that compiled and passed its examples (relative path to content), kept so
 * that a node can start on it when rules/ does not compile.
 */
record RuleSnapshot(Map<String, String> files, Instant savedAt) {

    RuleSnapshot {
        files = new TreeMap<>(files);
    }

    static RuleSnapshot of(Path rulesDir, Instant at) {
        Map<String, String> files = new TreeMap<>();
        for (String file : RuleFiles.all(rulesDir)) {
            files.put(file, read(rulesDir.resolve(file)));
        }
        return new RuleSnapshot(files, at);
    }

    /** Equal content, equal hash: a node saves only rules that differ from the last snapshot. */
    String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((name, text) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JDK", ex);
        }
    }

    /** Writes the files below {@code dir}, where the rule compiler reads them like rules/. */
    Path writeTo(Path dir) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey()).normalize();
                if (!target.startsWith(dir)) {
                    continue; // a stored name never leaves the folder
                }
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
            return dir;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
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
