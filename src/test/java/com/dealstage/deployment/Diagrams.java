package com.dealstage.deployment;

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
}
