package com.dealstage.guide;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.guide.GuidePage.Block;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file edits of the guide, applied to the test's copies: rules/… and processes/… to the folders the application
 * reads, anything else to a scratch folder. A replaced text is matched with any indentation and line breaks.
 */
final class GuideFiles {

    private final Path rules;
    private final Path processes;
    private final Path scratch;

    GuideFiles(Path rules, Path processes, Path scratch) {
        this.rules = rules;
        this.processes = processes;
        this.scratch = scratch;
    }

    static boolean isEdit(Block block) {
        return List.of("create", "append", "replace", "replace-all").contains(block.word(0));
    }

    /** Applies {@code block}; a replacement takes its new text from {@code with}, the block after it. */
    void apply(Block block, Block with) throws IOException {
        List<Path> files = block.words().subList(1, block.words().size()).stream().map(this::resolve).toList();
        assertThat(files).as("files of %s", block).isNotEmpty();
        for (Path file : files) {
            switch (block.word(0)) {
                case "create" -> {
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, block.body());
                }
                case "append" -> Files.writeString(file, Files.readString(file) + block.body());
                default -> replace(file, block, with);
            }
        }
    }

    Path resolve(String path) {
        if (path.startsWith("rules/")) {
            return rules.resolve(path.substring("rules/".length()));
        }
        if (path.startsWith("processes/")) {
            return processes.resolve(path.substring("processes/".length()));
        }
        return scratch.resolve(path);
    }

    private static void replace(Path file, Block block, Block with) throws IOException {
        assertThat(with).as("a 'with' block after %s", block).isNotNull();
        assertThat(with.word(0)).as("the block after %s", block).isEqualTo("with");
        String text = Files.readString(file);
        Matcher matcher = anyIndentation(block.body().strip()).matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        if (block.word(0).equals("replace")) {
            assertThat(found).as("'%s' in %s", block.body().strip(), file.getFileName()).isEqualTo(1);
        } else {
            assertThat(found).as("'%s' in %s", block.body().strip(), file.getFileName()).isPositive();
        }
        Files.writeString(file, matcher.replaceAll(Matcher.quoteReplacement(replacement(block.body(), with.body()))));
    }

    /** The new text, placed where the old one's first word stood: its first line loses the old one's indentation. */
    private static String replacement(String old, String text) {
        int indent = old.length() - old.stripLeading().length();
        String replacement = text.stripTrailing();
        int own = replacement.length() - replacement.stripLeading().length();
        return replacement.substring(Math.min(indent, own));
    }

    private static Pattern anyIndentation(String text) {
        StringBuilder regex = new StringBuilder();
        for (String part : text.split("\\s+")) {
            regex.append(regex.isEmpty() ? "" : "\\s+").append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
