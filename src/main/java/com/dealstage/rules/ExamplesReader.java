package com.dealstage.rules;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns an examples file into examples; each mistake in its shape becomes an error with its line. The format is
 * documented at the top of every rules/*.examples.yaml: sections named after a gate fact (e.g. StageCompletion)
 * hold stage-gate examples, the section {@code examples} holds decision examples.
 */
final class ExamplesReader {

    private static final String DEFAULT_PROCESS = "deal-pipeline";

    private final String file;

    private final YamlDocument yaml;

    private final FactTypes types;

    private final ObjectMapper mapper;

    private final List<Example> examples = new ArrayList<>();

    private final List<RuleError> errors = new ArrayList<>();

    ExamplesReader(String file, YamlDocument yaml, FactTypes types, ObjectMapper mapper) {
        this.file = file;
        this.yaml = yaml;
        this.types = types;
        this.mapper = mapper;
    }

    List<Example> examples() {
        return this.examples;
    }

    List<RuleError> errors() {
        return this.errors;
    }

    ExamplesReader read() {
        JsonNode root = this.yaml.root();
        if (!root.isObject()) {
            return error(root, "An examples file is a mapping of sections (examples, " + GateFacts.names() + ").");
        }
        for (Map.Entry<String, JsonNode> section : entries(root)) {
            GateFacts.Factory gate = GateFacts.named(section.getKey());
            if (section.getKey().equals("examples") && section.getValue().isArray()) {
                section.getValue().forEach(new DecisionReader(this, this.types, this.mapper)::read);
            }
            else if (gate != null && section.getValue().isObject()) {
                entries(section.getValue()).forEach(stage -> new StageReader(this, gate, stage.getKey()).read(stage.getValue()));
            }
            else {
                error(root, "Unknown section '" + section.getKey() + "': use 'examples' (a list) or a gate fact "
                        + GateFacts.names() + " (a mapping of stages).");
            }
        }
        return this;
    }

    /** True when {@code node} is a mapping with the required keys and no others; else reports what is wrong. */
    boolean hasOnly(JsonNode node, List<String> allowed, String... required) {
        if (!node.isObject()) {
            error(node, "Expected a mapping with " + allowed + ", found " + node);
            return false;
        }
        for (String key : required) {
            if (!node.hasNonNull(key)) {
                error(node, "'" + key + "' is missing here; expected " + allowed + ".");
                return false;
            }
        }
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext();) {
            String key = keys.next();
            if (!allowed.contains(key)) {
                error(node, "Unknown key '" + key + "'; expected " + allowed + ".");
                return false;
            }
        }
        return true;
    }

    Map<String, Object> values(JsonNode node) {
        Map<String, Object> values = new LinkedHashMap<>();
        entries(node).forEach(e -> values.put(e.getKey(), this.mapper.convertValue(e.getValue(), Object.class)));
        return values;
    }

    void add(Example example) {
        this.examples.add(example);
    }

    ExamplesReader error(JsonNode node, String message) {
        this.errors.add(new RuleError(this.file, this.yaml.line(node), message));
        return this;
    }

    int line(JsonNode node) {
        return this.yaml.line(node);
    }

    String file() {
        return this.file;
    }

    static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }

    static List<Map.Entry<String, JsonNode>> entries(JsonNode node) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        if (node != null && node.isObject()) {
            node.fields().forEachRemaining(entries::add);
        }
        return entries;
    }

    static String processOr(String process) {
        return process == null ? DEFAULT_PROCESS : process;
    }

}
