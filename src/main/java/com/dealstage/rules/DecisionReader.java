package com.dealstage.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One item of an {@code examples} section: {@code given} facts by type, the decisions to {@code expect} by type
 * (one mapping, a list, or [] for none), the {@code rule} it is for and, optionally, the {@code example} in words.
 */
final class DecisionReader {

    private final ExamplesReader reader;

    private final FactTypes types;

    private final ObjectMapper mapper;

    DecisionReader(ExamplesReader reader, FactTypes types, ObjectMapper mapper) {
        this.reader = reader;
        this.types = types;
        this.mapper = mapper;
    }

    void read(JsonNode example) {
        if (!this.reader.hasOnly(example, List.of("example", "rule", "given", "expect"), "given", "expect")) {
            return;
        }
        String rule = ExamplesReader.text(example, "rule");
        String name = ExamplesReader.text(example, "example") != null ? ExamplesReader.text(example, "example") : rule;
        try {
            List<Object> facts = new ArrayList<>();
            for (Map.Entry<String, JsonNode> given : ExamplesReader.entries(example.get("given"))) {
                Class<?> type = this.types.resolve(given.getKey());
                for (JsonNode fields : list(given.getValue())) {
                    facts.add(this.mapper.treeToValue(fields, type));
                }
            }
            List<DecisionExample.Expected> expected = new ArrayList<>();
            for (Map.Entry<String, JsonNode> expect : ExamplesReader.entries(example.get("expect"))) {
                expected.add(new DecisionExample.Expected(this.types.resolve(expect.getKey()), list(expect.getValue())));
            }
            this.reader.add(new DecisionExample(this.reader.file(), this.reader.line(example), name, rule, facts,
                    expected, this.mapper));
        }
        catch (IllegalArgumentException ex) {
            this.reader.error(example, "Example '" + name + "': " + ex.getMessage());
        }
        catch (JsonProcessingException ex) {
            this.reader.error(example, "Example '" + name + "': " + ex.getOriginalMessage());
        }
    }

    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
        }
        else if (!node.isNull()) {
            items.add(node);
        }
        return items;
    }

}
