package com.dealstage.deployment;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/**
 * A deployment refused before anything of it was stored. A {@link ParseException}, so that /engine-rest answers
 * 400 with Camunda's parse-error body ({@code details} per resource, each problem with its element id) and Modeler
 * shows the problems as it shows any invalid diagram.
 */
public final class DeploymentRefused extends ParseException {

    DeploymentRefused(Map<String, List<Refusal>> refusals) {
        super(message(refusals), refusals.keySet().iterator().next(), List.of(), List.of());
        resorceReports = refusals.entrySet().stream()
                .map(entry -> (ResourceReport) new Report(entry.getKey(), List.copyOf(entry.getValue())))
                .toList();
    }

    private static String message(Map<String, List<Refusal>> refusals) {
        return "Deployment refused: " + refusals.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(refusal -> entry.getKey() + ", " + refusal))
                .collect(Collectors.joining("; "));
    }

    private record Report(String resourceName, List<Problem> errors) implements ResourceReport {

        @Override
        public String getResourceName() {
            return resourceName;
        }

        @Override
        public List<Problem> getErrors() {
            return errors;
        }

        @Override
        public List<Problem> getWarnings() {
            return List.of();
        }
    }
}
