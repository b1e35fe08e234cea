package com.dealstage.deployment;

import com.dealstage.rules.DeployedDiagrams;
import com.dealstage.rules.DeployedStage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The tasks and start events of the latest version of every deployed process, each with the fields of its Camunda
 * Form (the latest version of the form its {@code camunda:formRef} names), for the rules' cross-checks.
 */
final class EngineDiagrams implements DeployedDiagrams {

    private final RepositoryService repository;
    private final LatestResources latest;
    private final ObjectMapper json = new ObjectMapper();

    EngineDiagrams(RepositoryService repository, LatestResources latest) {
        this.repository = repository;
        this.latest = latest;
    }

    @Override
    public List<DeployedStage> stages() {
        List<DeployedStage> stages = new ArrayList<>();
        Map<String, Set<String>> formFields = new HashMap<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
            List<FlowNode> nodes = new ArrayList<>(model.getModelElementsByType(Task.class));
            nodes.addAll(model.getModelElementsByType(StartEvent.class));
            for (FlowNode node : nodes) {
                String formRef = node instanceof UserTask task ? task.getCamundaFormRef()
                        : node instanceof StartEvent start ? start.getCamundaFormRef() : null;
                Set<String> fields = formRef == null ? null : formFields.computeIfAbsent(formRef, this::fieldsOf);
                stages.add(new DeployedStage(definition.getKey(), definition.getResourceName(), node.getId(),
                        node.getElementType().getTypeName(), formRef, fields));
            }
        }
        return stages;
    }

    /** Every {@code key} of the form's components, nested groups included; null when the form is not deployed. */
    private Set<String> fieldsOf(String formKey) {
        return latest.latestForm(formKey).map(form -> {
            try (InputStream in = repository.getResourceAsStream(form.deploymentId(), form.resourceName())) {
                Set<String> keys = new TreeSet<>();
                collect(json.readTree(in), keys);
                return keys;
            }
            catch (IOException | RuntimeException ex) {
                return null; // an unreadable form offers nothing we can compare; the engine reports it on deploy
            }
        }).orElse(null);
    }

    private static void collect(JsonNode node, Set<String> keys) {
        if (node.isObject() && node.has("key") && node.get("key").isTextual() && node.has("type")) {
            keys.add(node.get("key").asText());
        }
        node.forEach(child -> collect(child, keys));
    }
}
