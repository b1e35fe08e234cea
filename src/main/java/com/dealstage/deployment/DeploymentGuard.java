package com.dealstage.deployment;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Parse;
import org.camunda.bpm.engine.impl.util.xml.Parser;

/**
 * Runs first in every deployment the engine accepts (REST, Modeler, processes/, Java), inside the deployment's
 * transaction: a refusal throws before anything is stored, and nothing of the deployment remains. Only BPMN
 * diagrams and Camunda Forms are accepted; a diagram must pass {@link DiagramCheck}.
 */
final class DeploymentGuard implements Deployer {

    private static final String ONLY = "only BPMN diagrams (.bpmn) and Camunda Forms (.form) are deployed";
    /** Resource kinds refused, and why: each can run code that no check here reads. */
    private static final Map<String, String> REFUSED_KINDS = Map.of(
            ".dmn", "decision tables evaluate FEEL, JUEL or script expressions (FEEL can call Java); "
                    + "Dealstage decides with rules/ instead",
            ".cmmn", "case definitions (CMMN) carry their own listeners, scripts and expressions",
            ".html", "embedded HTML forms run their scripts in the browser of every Tasklist user",
            ".htm", "embedded HTML forms run their scripts in the browser of every Tasklist user",
            ".js", "scripts are not deployed: they would run in the engine or in Tasklist",
            ".groovy", "scripts are not deployed: they would run in the engine",
            ".svg", "images with scripts would run in the browser of every Cockpit user");

    private final DiagramCheck diagrams;

    DeploymentGuard(DiagramCheck diagrams) {
        this.diagrams = diagrams;
    }

    /** Deployments already accepted are not re-read when the engine loads them into its cache after a restart. */
    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew() || deployment.getResources() == null) {
            return;
        }
        Map<String, List<Refusal>> refused = new LinkedHashMap<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            List<Refusal> refusals = check(resource.getName(), resource.getBytes());
            if (!refusals.isEmpty()) {
                refused.put(resource.getName(), refusals);
            }
        }
        if (!refused.isEmpty()) {
            throw new DeploymentRefused(refused);
        }
    }

    List<Refusal> check(String resourceName, byte[] content) {
        String name = resourceName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
            return checkDiagram(resourceName, content);
        }
        if (name.endsWith(".form")) {
            return List.of(); // JSON for form-js in the browser: fields and labels, no code on the server
        }
        String reason = REFUSED_KINDS.entrySet().stream().filter(kind -> name.contains(kind.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(ONLY);
        return List.of(new Refusal(reason + " (" + ONLY + ")", null, 0, 0));
    }

    private List<Refusal> checkDiagram(String resourceName, byte[] content) {
        Element root;
        try {
            root = XmlReader.INSTANCE.createParse().name(resourceName)
                    .sourceInputStream(new ByteArrayInputStream(content)).execute().getRootElement();
        } catch (RuntimeException e) {
            return List.of(new Refusal("is not readable XML: " + e.getMessage(), null, 0, 0));
        }
        return diagrams.refusals(root);
    }

    /** The engine's XML reader (external entities off, as the engine configures it), without BPMN semantics. */
    private static final class XmlReader extends Parser {
        static final XmlReader INSTANCE = new XmlReader();

        @Override
        public Parse createParse() {
            return new Parse(this) {
            };
        }
    }
}
