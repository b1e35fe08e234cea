package com.dealstage.stagegate;

import com.dealstage.rules.RuleEngine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;

/**
 * A stage's own fields: the keys of its Camunda Form (the latest version of the form it references, as Tasklist
 * shows it) and the fields its rules in rules/ name. A stage accepts these and nothing else.
 */
final class StageFields {

    static final String FORM_REF = "dealstage.formRef";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RuleEngine rules;
    /** Form definitions never change once deployed; a new version has a new id. */
    private final Map<String, Set<String>> formKeysByDefinition = new ConcurrentHashMap<>();

    StageFields(RuleEngine rules) {
        this.rules = rules;
    }

    Set<String> of(ActivityImpl stage) {
        Set<String> fields = new HashSet<>(rules.fieldsNamedFor(stage.getId()));
        fields.addAll(formKeys(stage));
        String initiator = initiator(stage);
        if (initiator != null) {
            fields.add(initiator);
        }
        return fields;
    }

    /**
     * Whether {@code field} is one of {@link #of}'s fields, asking the cheap sources first: the rules name nearly every
     * field a stage submits, and only a field they do not name costs the look-up of the stage's latest form.
     */
    boolean owns(ActivityImpl stage, String field) {
        return namedWithoutForm(stage, field) || formKeys(stage).contains(field);
    }

    /** The part of {@link #owns} that needs no database: the rules' fields and the start's initiator. */
    boolean namedWithoutForm(ActivityImpl stage, String field) {
        return rules.namesField(stage.getId(), field) || field.equals(initiator(stage));
    }

    /** The engine itself records who started the deal under this name (the start form's stage only). */
    private static String initiator(ActivityImpl stage) {
        ProcessDefinitionImpl process = stage.getProcessDefinition();
        if (process != null && process.getInitial() == stage
                && process.getProperty(BpmnParse.PROPERTYNAME_INITIATOR_VARIABLE_NAME) instanceof String name) {
            return name;
        }
        return null;
    }

    private Set<String> formKeys(ActivityImpl stage) {
        return stage.getProperty(FORM_REF) instanceof String key && !key.isBlank() ? formKeys(key) : Set.of();
    }

    /** Looked up once per engine command: a completion checks several fields against the same form. */
    private Set<String> formKeys(String formKey) {
        GuardState state = GuardState.current();
        return state == null ? latestFormKeys(formKey) : state.memo("form:" + formKey, () -> latestFormKeys(formKey));
    }

    private Set<String> latestFormKeys(String formKey) {
        CommandContext command = Context.getCommandContext();
        CamundaFormDefinitionEntity form = command.runWithoutAuthorization(
                () -> command.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formKey));
        if (form == null) {
            return Set.of();
        }
        return formKeysByDefinition.computeIfAbsent(form.getId(), id -> {
            ResourceEntity resource = command.getResourceManager()
                    .findResourceByDeploymentIdAndResourceName(form.getDeploymentId(), form.getResourceName());
            return resource == null ? Set.of() : keys(resource.getBytes());
        });
    }

    static Set<String> keys(byte[] formJson) {
        Set<String> keys = new HashSet<>();
        try {
            collect(JSON.readTree(formJson), keys);
        } catch (IOException e) {
            // the engine refuses to deploy a form that is not JSON; nothing to collect
        }
        return Set.copyOf(keys);
    }

    private static void collect(JsonNode node, Set<String> keys) {
        for (JsonNode component : node.path("components")) {
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
            collect(component, keys);
        }
    }
}
