package com.dealstage.cluster;

import com.dealstage.testsupport.EngineRestClient;
import com.dealstage.testsupport.TasklistSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/**
 * The ways a sales manager starts a deal on a node, each as anna. Each waits at the barrier just before its start
 * request (after a login where it needs one), so that only the starts race, and answers the HTTP status.
 */
enum LeadChannel {

    /** Our API: 201 for a started deal. */
    API {
        @Override
        int start(AppNode node, Map<String, Object> lead, CyclicBarrier together) throws Exception {
            together.await(10, TimeUnit.SECONDS);
            return node.as("anna").postForEntity("/api/deals", lead, String.class).getStatusCode().value();
        }
    },
    /** Camunda's engine REST API: 200. */
    ENGINE_REST {
        @Override
        int start(AppNode node, Map<String, Object> lead, CyclicBarrier together) throws Exception {
            together.await(10, TimeUnit.SECONDS);
            return node.as("anna").postForEntity("/engine-rest/process-definition/key/deal-pipeline/start",
                    Map.of("variables", EngineRestClient.camundaVariables(lead)), String.class).getStatusCode().value();
        }
    },
    /** Tasklist's start form, through the webapp's own engine API with a login session: 200. */
    TASKLIST {
        @Override
        int start(AppNode node, Map<String, Object> lead, CyclicBarrier together) throws Exception {
            TasklistSession session = TasklistSession.login(node.port(), "anna");
            String body = new ObjectMapper().writeValueAsString(Map.of("variables",
                    EngineRestClient.camundaVariables(lead)));
            together.await(10, TimeUnit.SECONDS);
            return session.post("/process-definition/key/deal-pipeline/submit-form", body).statusCode();
        }
    };

    abstract int start(AppNode node, Map<String, Object> lead, CyclicBarrier together) throws Exception;
}
