package com.dealstage.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which engine REST calls count as runtime surgery, and that everyday work (Tasklist, Modeler) does not. */
class AdminOnlyOperationsRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} {1} is admin-only")
    @CsvSource({
            "POST, /task/t1/bpmnError", "post, /task/t1/BPMNESCALATION/", "POST, //task//t1//bpmnError",
            "PUT, /task/t1/localVariables/contactName", "POST, /task/t1/localVariables",
            "DELETE, /task/t1/localVariables/x", "POST, /process-instance/p1/modification",
            "POST, /process-instance/p1/modification-async", "POST, /modification/executeAsync",
            "POST, /migration/execute", "POST, /process-definition/d1/restart-async",
            "POST, /job/j1/execute", "PUT, /job/j1/retries", "PUT, /job/j1/duedate", "POST, /job/retries",
            "PUT, /job-definition/jd/suspended", "POST, /process-instance/job-retries",
            "DELETE, /process-instance/p1", "POST, /process-instance/delete", "DELETE, /history/process-instance/p1",
            "POST, /history/process-instance/delete", "POST, /history/cleanup", "DELETE, /deployment/d1",
            "DELETE, /process-definition/key/deal-pipeline", "PUT, /process-instance/p1/suspended",
            "POST, /process-instance/suspended-async", "PUT, /process-definition/key/deal-pipeline/suspended"})
    void runtimeSurgeryIsAdminOnly(String method, String path) {
        assertThat(AdminOnlyOperations.refusal(method, path)).isPresent();
    }

    @ParameterizedTest(name = "{0} {1} is everyday work")
    @CsvSource({
            "POST, /task/t1/complete", "POST, /task/t1/submit-form", "POST, /task/t1/claim", "POST, /task/t1/unclaim",
            "POST, /task/t1/assignee", "GET, /task/t1/localVariables", "GET, /task/t1/form-variables",
            "POST, /task", "POST, /job", "POST, /job/count", "GET, /job/j1", "POST, /deployment/create",
            "POST, /process-definition/key/deal-pipeline/submit-form", "POST, /process-definition/key/deal-pipeline/start",
            "POST, /history/process-instance", "GET, /history/variable-instance", "POST, /filter/f1/list",
            "PUT, /process-instance/p1/variables/x"})
    void everydayWorkIsNot(String method, String path) {
        assertThat(AdminOnlyOperations.refusal(method, path)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/process-definition/key/deal-pipeline/start", "/process-definition/d1/start",
            "/process-definition/key/deal-pipeline/tenant-id/t/start/"})
    void startsAreRecognised(String path) {
        assertThat(AdminOnlyOperations.isStart("POST", path)).isTrue();
    }

    @ParameterizedTest(name = "start body {0} needs an admin: {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"payment\"}]} | true",
            "{\"skipCustomListeners\":true} | true", "{\"skipIoMappings\":\"true\"} | true",
            "{\"SkipCustomListeners\":1} | true", "{\"startInstructions\":[]} | false",
            "{\"skipCustomListeners\":false,\"skipIoMappings\":null} | false",
            "{\"variables\":{\"companyName\":{\"value\":\"x\"}}} | false", "'' | false"})
    void startBodies(String body, boolean needsAdmin) throws IOException {
        assertThat(AdminOnlyOperations.startNeedsAdmin(body.getBytes(StandardCharsets.UTF_8), JSON)).isEqualTo(needsAdmin);
    }
}
