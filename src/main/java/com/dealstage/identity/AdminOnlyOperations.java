package com.dealstage.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Runtime surgery on deals, named by the engine REST paths that do it (the same paths serve /engine-rest and
 * Tasklist's and Cockpit's /camunda/api/engine/engine/{name}). Camunda's authorizations already refuse most of
 * them to every role but admins (nobody else holds UPDATE, DELETE or SUSPEND on instances or jobs); start
 * instructions, skip flags, restarts and BPMN errors or escalations at a task are not covered by any
 * authorization a manager or head must not have, so they are refused here, and the whole list reads as one
 * sentence per operation. Paths are compared lower case, so no spelling of a path slips through.
 */
final class AdminOnlyOperations {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "DELETE", "PATCH");
    private static final Pattern START = Pattern.compile("/process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)/start");
    static final String START_REFUSAL = "Only administrators may start a process with start instructions or skip "
            + "flags: a deal starts at lead intake and passes every listener on its way.";

    record Rule(Set<String> methods, Pattern path, String sentence) {
    }

    private static final List<Rule> RULES = List.of(
            rule(Set.of("POST"), "/process-definition/[^/]+/restart(-async)?",
                    "Only administrators may restart finished process instances."),
            rule(Set.of("POST"), "/process-instance/[^/]+/modification(-async)?|/modification/execute(async)?",
                    "Only administrators may move a deal to another activity (process-instance modification)."),
            rule(Set.of("POST"), "/migration/execute(async)?",
                    "Only administrators may migrate deals to another process version."),
            rule(Set.of("POST", "PUT", "DELETE"), "/job(-definition)?/(?!count$).+|/process-instance/job-retries",
                    "Only administrators may execute jobs or change their retries, due dates, priorities or state."),
            rule(Set.of("DELETE"), "/process-instance/[^/]+|/deployment/.+|/process-definition/.+|/history/.+",
                    "Only administrators may delete deals, their history, definitions or deployments."),
            rule(Set.of("POST"), "/process-instance/delete(-historic-query-based)?"
                    + "|/history(/.*)?/(delete|delete-async|set-removal-time(/.*)?|cleanup)",
                    "Only administrators may delete deals, their history, definitions or deployments."),
            rule(WRITES, ".*/suspended(-async)?",
                    "Only administrators may suspend or activate deals, definitions or jobs."),
            rule(Set.of("POST"), "/task/[^/]+/bpmn(error|escalation)",
                    "Only administrators may throw a BPMN error or escalation at a task: a deal leaves a stage by "
                    + "completing it, a rejection included."),
            rule(WRITES, "/task/[^/]+/localvariables(/.*)?",
                    "Only administrators may set task-local variables: a stage's data belongs to the deal."));

    private AdminOnlyOperations() {
    }

    private static Rule rule(Set<String> methods, String path, String sentence) {
        return new Rule(methods, Pattern.compile(path), sentence);
    }

    /** Whether the request's method and engine path (after the engine prefix) need an admin, ignoring the body. */
    static Optional<String> refusal(String method, String enginePath) {
        String path = normalized(enginePath);
        String verb = method.toUpperCase(Locale.ROOT);
        return RULES.stream().filter(r -> r.methods().contains(verb) && r.path().matcher(path).matches())
                .map(Rule::sentence).findFirst();
    }

    static boolean isStart(String method, String enginePath) {
        return "POST".equalsIgnoreCase(method) && START.matcher(normalized(enginePath)).matches();
    }

    /** A start body asks for surgery when it names start instructions or a skip flag that is not false. */
    static boolean startNeedsAdmin(byte[] body, ObjectMapper json) throws IOException {
        if (body.length == 0) {
            return false;
        }
        JsonNode root = json.readTree(body);
        if (root == null || !root.isObject()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey().toLowerCase(Locale.ROOT);
            JsonNode value = field.getValue();
            boolean unset = value.isNull() || value.isMissingNode() || (value.isContainerNode() && value.isEmpty())
                    || (value.isBoolean() && !value.booleanValue()) || "false".equalsIgnoreCase(value.asText(""));
            if (!unset && Set.of("startinstructions", "skipcustomlisteners", "skipiomappings").contains(name)) {
                return true;
            }
        }
        return false;
    }

    static String normalized(String enginePath) {
        String path = enginePath.toLowerCase(Locale.ROOT).replaceAll("/{2,}", "/");
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }
}
