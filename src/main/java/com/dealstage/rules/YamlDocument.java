package com.dealstage.rules;

import java.io.IOException;
import java.io.Reader;
import java.util.IdentityHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * An examples file as a Jackson tree that remembers the line each mapping and list starts on, so that a failing
 * example is reported with its line, as a DRL error is.
 */
final class YamlDocument {

    private final JsonNode root;

    private final Map<JsonNode, Integer> lines;

    private YamlDocument(JsonNode root, Map<JsonNode, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    /** @throws IOException with the location of a syntax error */
    static YamlDocument read(YAMLMapper mapper, Reader text) throws IOException {
        Map<JsonNode, Integer> lines = new IdentityHashMap<>();
        try (JsonParser parser = mapper.getFactory().createParser(text)) {
            parser.setCodec(mapper);
            JsonToken first = parser.nextToken();
            JsonNode root = first == null ? JsonNodeFactory.instance.objectNode() : node(parser, lines);
            return new YamlDocument(root, lines);
        }
    }

    JsonNode root() {
        return this.root;
    }

    /** The line a mapping or list starts on; 0 for a scalar or a node of another document. */
    int line(JsonNode node) {
        return this.lines.getOrDefault(node, 0);
    }

    private static JsonNode node(JsonParser parser, Map<JsonNode, Integer> lines) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            lines.put(object, line);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                object.set(name, node(parser, lines));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            lines.put(array, line);
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(node(parser, lines));
            }
            return array;
        }
        JsonNode scalar = parser.readValueAsTree();
        return scalar == null ? JsonNodeFactory.instance.nullNode() : scalar;
    }

}
