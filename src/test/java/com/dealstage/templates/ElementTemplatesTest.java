package com.dealstage.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.deployment.BuildingBlocks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Modeler templates and the building blocks stay in step: a process owner finds a template for every bean a
 * diagram may call, a template never names a bean the deployment would refuse, and what a template writes into a
 * diagram is what today's diagrams already use (so applying it changes nothing that works). The JSON schema of the
 * templates is checked by the process lint (lint/check-templates.js) in ./mvnw verify.
 */
class ElementTemplatesTest {

    static final Path TEMPLATES = Path.of("processes/.camunda/element-templates");
    static final Path PROCESSES = Path.of("processes");
    /** The bean an expression starts with: ${recontactPlanner}, ${afterSalesSettings.actsSigningDeadline(...)}. */
    static final Pattern LEADING_NAME = Pattern.compile("\\$\\{!?([A-Za-z_][A-Za-z0-9_]*)");
    /** Bindings whose value is code the engine runs: they may only name building blocks. */
    static final Set<String> CODE_BINDINGS = Set.of("camunda:delegateExpression", "camunda:expression",
            "camunda:dueDate", "camunda:executionListener");

    final BuildingBlocks blocks = BuildingBlocks.onClasspath();

    @Test
    void everyBuildingBlockHasATemplate() throws IOException {
        String templates = allTemplateText();
        assertThat(blocks.names()).as("building blocks found").hasSizeGreaterThan(5);
        for (String bean : blocks.names()) {
            // a bean used only in a timer is named in a template's description (C7 templates cannot fill in timers)
            assertThat(templates).as("a template for building block " + bean).contains("${" + bean);
        }
    }

    @Test
    void everyTemplateNamesOnlyExistingBuildingBlocks() throws IOException {
        for (CodeBinding binding : codeBindings()) {
            Matcher name = LEADING_NAME.matcher(binding.value());
            assertThat(name.find()).as(binding + " is an expression").isTrue();
            assertThat(blocks.names()).as(binding + " names a building block").contains(name.group(1));
        }
    }

    @Test
    void whatATemplateWritesIsWhatTheDiagramsUseToday() throws IOException {
        String diagrams = allText(PROCESSES, ".bpmn");
        for (CodeBinding binding : codeBindings()) {
            String expected = binding.type().equals("camunda:executionListener")
                    ? "delegateExpression=\"" + binding.value() + "\""
                    : binding.type() + "=\"" + binding.value() + "\"";
            assertThat(diagrams).as(binding + " as the diagrams have it").contains(expected);
        }
    }

    @Test
    void beansNamedOnlyInDescriptionsAreTimerExpressionsInTheDiagrams() throws IOException {
        Set<String> bound = new TreeSet<>();
        for (CodeBinding binding : codeBindings()) {
            Matcher name = LEADING_NAME.matcher(binding.value());
            if (name.find()) {
                bound.add(name.group(1));
            }
        }
        String diagrams = allText(PROCESSES, ".bpmn");
        for (String bean : blocks.names()) {
            if (!bound.contains(bean)) {
                assertThat(diagrams).as(bean + " has no template binding: the diagrams use it in a timer")
                        .containsPattern("<bpmn:time(Date|Duration|Cycle)[^>]*>\\$\\{" + bean + "\\.");
            }
        }
    }

    record CodeBinding(String template, String type, String value) {
    }

    static List<CodeBinding> codeBindings() throws IOException {
        List<CodeBinding> bindings = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (Path file : files(TEMPLATES, ".json")) {
            for (JsonNode template : json.readTree(file.toFile())) {
                for (JsonNode property : template.path("properties")) {
                    JsonNode binding = property.path("binding");
                    String type = binding.path("type").asText();
                    String key = type.equals("property") ? binding.path("name").asText() : type;
                    if (CODE_BINDINGS.contains(key)) {
                        bindings.add(new CodeBinding(template.path("id").asText(), key, property.path("value").asText()));
                    }
                }
            }
        }
        assertThat(bindings).as("bindings in " + TEMPLATES).isNotEmpty();
        return bindings;
    }

    static String allTemplateText() throws IOException {
        return allText(TEMPLATES, ".json");
    }

    static String allText(Path dir, String suffix) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Path file : files(dir, suffix)) {
            text.append(Files.readString(file)).append('\n');
        }
        return text.toString();
    }

    static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> paths = Files.list(dir)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
