package com.dealstage.guide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** docs/process-owners.md as the test reads it: the fenced code blocks of each "## " section, in order. */
final class GuidePage {

    static final Path FILE = Path.of("docs", "process-owners.md");

    private final Map<String, List<Block>> sections = new LinkedHashMap<>();

    private GuidePage() {
    }

    static GuidePage read() throws IOException {
        GuidePage page = new GuidePage();
        List<Block> current = null;
        StringBuilder body = null;
        String info = null;
        for (String line : Files.readAllLines(FILE)) {
            if (body != null) {
                if (line.equals("```")) {
                    current.add(Block.of(info, body.toString()));
                    body = null;
                } else {
                    body.append(line).append('\n');
                }
            } else if (line.startsWith("## ")) {
                current = page.sections.computeIfAbsent(line.substring(3).trim(), k -> new ArrayList<>());
            } else if (line.startsWith("```") && current != null) {
                info = line.substring(3).trim();
                body = new StringBuilder();
            }
        }
        return page;
    }

    List<Block> section(String heading) {
        List<Block> blocks = sections.get(heading);
        if (blocks == null) {
            throw new AssertionError("docs/process-owners.md has no section '## " + heading + "': " + sections.keySet());
        }
        return blocks;
    }

    /**
     * A fenced block: {@code language} is the first word of its info line ({@code json}, {@code bash}, ...),
     * {@code words} the rest ({@code append rules/x.drl}, {@code answer 202}, {@code shown-to-manager}).
     */
    record Block(String language, List<String> words, String body) {

        static Block of(String info, String body) {
            List<String> parts = List.of(info.split("\\s+"));
            return new Block(parts.get(0), parts.subList(1, parts.size()), body);
        }

        String word(int index) {
            return index < words.size() ? words.get(index) : "";
        }
    }
}
