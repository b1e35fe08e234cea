package com.dealstage.deployment;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Diagrams as Camunda Modeler writes them, with one element of the test's choosing. */
final class Diagrams {

    private Diagrams() {
    }

    /** A process {@code key}: start, then {@code element} (which must flow from "start" to "end"), then end. */
    static String process(String key, String element) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    id="definitions" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P30D">
                    <bpmn:startEvent id="start" />
                    %s
                    <bpmn:endEvent id="end" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, element);
    }

    /** A service task {@code id} between start and end with the given attributes and extension elements. */
    static String serviceTask(String key, String id, String attributes, String extensions) {
        return process(key, """
                <bpmn:serviceTask id="%s" %s>
                  <bpmn:extensionElements>%s</bpmn:extensionElements>
                </bpmn:serviceTask>
                <bpmn:sequenceFlow id="toTask" sourceRef="start" targetRef="%s" />
                <bpmn:sequenceFlow id="toEnd" sourceRef="%s" targetRef="end" />
                """.formatted(id, attributes, extensions, id, id));
    }

    /** A user task {@code id} between start and end, e.g. a new stage a process owner adds. */
    static String userTask(String key, String id, String attributes) {
        return process(key, """
                <bpmn:userTask id="%s" %s />
                <bpmn:sequenceFlow id="toTask" sourceRef="start" targetRef="%s" />
                <bpmn:sequenceFlow id="toEnd" sourceRef="%s" targetRef="end" />
                """.formatted(id, attributes, id, id));
    }

    /** The request Camunda Modeler posts to /engine-rest/deployment/create: name, source and the file as a part. */
    static HttpEntity<MultiValueMap<String, Object>> asModelerSendsIt(String key, String diagram) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", key);
        form.add("deployment-source", "Camunda Modeler");
        form.add("deploy-changed-only", "true");
        String fileName = key + ".bpmn";
        form.add(fileName, new ByteArrayResource(diagram.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(form, headers);
    }
}
