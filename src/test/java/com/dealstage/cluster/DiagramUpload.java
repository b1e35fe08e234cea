package com.dealstage.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Deploys a diagram to one node over /engine-rest as the process owner paul, as Camunda Modeler does. */
record DiagramUpload(AppNode node) {

    /** Deploys the file as a new version and returns the new process definition's id. */
    String deployAsProcessOwner(Path diagram) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "cluster-test");
        form.add("deployment-source", "cluster-test");
        form.add("data", new FileSystemResource(diagram) {
            @Override
            public String getFilename() {
                return "deal-pipeline.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<Map> deployed = node.as("paul").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(form, headers), Map.class);
        assertThat(deployed.getStatusCode().value()).as(String.valueOf(deployed.getBody())).isEqualTo(200);
        Map<String, Map<String, Object>> definitions =
                (Map<String, Map<String, Object>>) deployed.getBody().get("deployedProcessDefinitions");
        return List.copyOf(definitions.keySet()).get(0);
    }
}
