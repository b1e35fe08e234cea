package com.dealstage.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One stage of a gate section: the complete input that passes ({@code passes}), variants of it that also pass
 * ({@code alsoPasses}), and variants each rule must refuse ({@code refuses}, with the field it must name). A
 * variant is the complete input with {@code change} applied: a value replaces the field's, {@code null} removes it.
 */
final class StageReader {

    private static final List<String> STAGE_KEYS = List.of("process", "passes", "alsoPasses", "refuses");

    private final ExamplesReader reader;

    private final GateFacts.Factory facts;

    private final String stage;

    StageReader(ExamplesReader reader, GateFacts.Factory facts, String stage) {
        this.reader = reader;
        this.facts = facts;
        this.stage = stage;
    }

    void read(JsonNode node) {
        if (!this.reader.hasOnly(node, STAGE_KEYS, "passes") || !mapping(node, "passes")) {
            return;
        }
        String process = ExamplesReader.processOr(ExamplesReader.text(node, "process"));
        Map<String, Object> complete = this.reader.values(node.get("passes"));
        add(node.get("passes"), "the complete input passes", process, complete, null, null);
        for (JsonNode variant : items(node, "alsoPasses")) {
            if (this.reader.hasOnly(variant, List.of("example", "change"), "change") && mapping(variant, "change")) {
                add(variant, "also passes: " + described(variant), process, changed(complete, variant), null, null);
            }
        }
        for (JsonNode refusal : items(node, "refuses")) {
            if (this.reader.hasOnly(refusal, List.of("example", "rule", "field", "change"), "rule", "field", "change")
                    && mapping(refusal, "change")) {
                String rule = ExamplesReader.text(refusal, "rule");
                String field = ExamplesReader.text(refusal, "field");
                add(refusal, rule + " refuses " + described(refusal) + " naming " + field, process,
                        changed(complete, refusal), rule, field);
            }
        }
    }

    private void add(JsonNode node, String what, String process, Map<String, Object> input, String rule, String field) {
        this.reader.add(new GateExample(this.reader.file(), this.reader.line(node), "stage " + this.stage + ": " + what,
                this.facts, process, this.stage, input, rule, field));
    }

    private Map<String, Object> changed(Map<String, Object> complete, JsonNode variant) {
        Map<String, Object> input = new LinkedHashMap<>(complete);
        this.reader.values(variant.get("change")).forEach((field, value) -> {
            if (value == null) {
                input.remove(field);
            }
            else {
                input.put(field, value);
            }
        });
        return input;
    }

    private List<JsonNode> items(JsonNode stage, String key) {
        List<JsonNode> items = new ArrayList<>();
        JsonNode list = stage.get(key);
        if (list != null && list.isArray()) {
            list.forEach(items::add);
        }
        else if (list != null && !list.isNull()) {
            this.reader.error(stage, "'" + key + "' of stage " + this.stage + " must be a list (items start with '-').");
        }
        return items;
    }

    private boolean mapping(JsonNode parent, String key) {
        boolean mapping = parent.get(key).isObject();
        if (!mapping) {
            this.reader.error(parent, "'" + key + "' of stage " + this.stage + " must be a mapping of field: value.");
        }
        return mapping;
    }

    private static String described(JsonNode variant) {
        String example = ExamplesReader.text(variant, "example");
        return example != null ? "'" + example + "'" : variant.get("change").toString();
    }

}
