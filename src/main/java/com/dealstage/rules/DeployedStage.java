package com.dealstage.rules;

import java.util.Set;

/**
 * A task or start event of a deployed diagram (latest version), as the cross-checks see it.
 * @param kind the BPMN element type, e.g. {@code userTask}, {@code serviceTask}, {@code startEvent}
 * @param formFields the keys its form offers; null when it has no form or the form is not deployed
 */
public record DeployedStage(String processKey, String resource, String id, String kind, String formKey,
        Set<String> formFields) {

    public static final String USER_TASK = "userTask";

    public boolean isUserTask() {
        return USER_TASK.equals(kind);
    }
}
