package com.dealstage.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealstage.testsupport.TestEngines;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The per-record rights of {@link AccessPlugin} on a plain engine with the application's authorization settings
 * (fast enough to run against every mutant): a task belongs to its assignee, a candidate group holds it only while
 * nobody is assigned, a deal is readable by its manager, and a deployer may not delete his deployment.
 */
class TaskAndDealRightsTest {

    private static final String MANAGERS = "sales-managers";

    private final ProcessEngine engine = TestEngines.inMemory(new AsInTheApplication(), new AccessPlugin());
    private final TaskService tasks = engine.getTaskService();
    private final IdentityService identity = engine.getIdentityService();

    @BeforeEach
    void people() {
        Group managers = identity.newGroup(MANAGERS);
        identity.saveGroup(managers);
        for (String id : List.of("anna", "boris", "carl")) {
            User user = identity.newUser(id);
            identity.saveUser(user);
            identity.createMembership(id, MANAGERS);
        }
        BpmnModelInstance stage = Bpmn.createExecutableProcess("rights").startEvent()
                .userTask("meeting").camundaAssignee("${manager}").camundaCandidateGroups(MANAGERS)
                .endEvent().done();
        // a deal waiting on something else than a task of its manager (a timer, a message)
        BpmnModelInstance waiting = Bpmn.createExecutableProcess("waiting").startEvent().receiveTask("reply")
                .endEvent().done();
        engine.getRepositoryService().createDeployment().addModelInstance("rights.bpmn", stage)
                .addModelInstance("waiting.bpmn", waiting).deploy();
    }

    @AfterEach
    void close() {
        identity.clearAuthentication();
        engine.close();
    }

    @Test
    void anAssignedTaskIsItsAssigneesAloneNotTheGroups() {
        String task = taskOf(startWithManager("anna"));

        assertThat(visibleTo("anna")).containsExactly(task);
        assertThat(visibleTo("boris")).isEmpty();
        as("boris");
        assertThatThrownBy(() -> tasks.complete(task)).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> tasks.claim(task, "boris")).isInstanceOf(AuthorizationException.class);
        as("anna");
        tasks.complete(task);
        identity.clearAuthentication();
        assertThat(tasks.createTaskQuery().count()).isZero();
    }

    @Test
    void anUnassignedTaskIsOfferedToTheGroupUntilSomebodyClaimsIt() {
        String task = taskOf(startWithManager(null));
        assertThat(visibleTo("anna")).containsExactly(task);
        assertThat(visibleTo("boris")).containsExactly(task);

        as("boris");
        tasks.claim(task, "boris");

        assertThat(visibleTo("boris")).containsExactly(task);
        assertThat(visibleTo("anna")).isEmpty();
        as("anna");
        assertThatThrownBy(() -> tasks.complete(task)).isInstanceOf(AuthorizationException.class);
    }

    @Test
    void aTaskGivenBackToTheGroupIsOfferedAgainAndAPreviousAssigneeLosesIt() {
        String task = taskOf(startWithManager("anna"));

        identity.clearAuthentication();
        tasks.setAssignee(task, null);
        assertThat(visibleTo("anna")).containsExactly(task);
        assertThat(visibleTo("carl")).containsExactly(task);

        identity.clearAuthentication();
        tasks.setAssignee(task, "carl");
        assertThat(visibleTo("carl")).containsExactly(task);
        assertThat(visibleTo("anna")).isEmpty();
        assertThat(visibleTo("boris")).isEmpty();
    }

    @Test
    void anAssigneeMayWorkTheTaskButNotHandItToSomebodyElse() {
        String task = taskOf(startWithManager("anna"));

        as("anna");
        assertThatThrownBy(() -> tasks.setAssignee(task, "boris")).isInstanceOf(AuthorizationException.class);
        identity.clearAuthentication();
        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("anna");
    }

    @Test
    void aDealIsReadableByItsManagerAndNobodyElse() {
        String deal = startWithManager("anna");

        assertThat(authorized("anna", Resources.PROCESS_INSTANCE, deal)).isTrue();
        assertThat(authorized("boris", Resources.PROCESS_INSTANCE, deal)).isFalse();
        as("anna");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(deal).count()).isOne();
        as("boris");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(deal).count()).isZero();
    }

    @Test
    void aManagerWhoIsNoUserOrAWildcardBecomesNoGrant() {
        String wildcard = start("waiting", "*");
        String stranger = start("waiting", "nobodyyet");
        String waitingDeal = start("waiting", "anna");
        identity.saveUser(identity.newUser("nobodyyet"));

        assertThat(authorized("boris", Resources.PROCESS_INSTANCE, wildcard)).isFalse();
        assertThat(authorized("nobodyyet", Resources.PROCESS_INSTANCE, stranger)).isFalse();
        identity.clearAuthentication();
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceId(wildcard).count()).isZero();
        assertThat(authorized("anna", Resources.PROCESS_INSTANCE, waitingDeal)).isTrue();
        assertThat(authorized("anna", Resources.HISTORIC_PROCESS_INSTANCE, waitingDeal,
                org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions.READ)).isTrue();
    }

    /**
     * A deal's grants belong to its history: when the deal ends they get the same removal time as its history, so
     * the history cleanup takes them with it instead of leaving rights on ids that no longer exist.
     */
    @Test
    void aDealsGrantsAreRemovedWithItsHistory() {
        engine.getRepositoryService().createDeployment().addModelInstance("ending.bpmn", Bpmn
                .createExecutableProcess("ending").camundaHistoryTimeToLive(30).startEvent().receiveTask("reply")
                .endEvent().done()).deploy();
        String deal = start("ending", "anna");
        assertThat(grantsOf(deal)).extracting(AuthorizationEntity::getRootProcessInstanceId)
                .as("both grants, on the deal and on its history").containsExactly(deal, deal);

        var runtime = engine.getRuntimeService();
        runtime.signal(runtime.createExecutionQuery().processInstanceId(deal).activityId("reply").singleResult()
                .getId());
        Date removal = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(deal)
                .singleResult().getRemovalTime();
        assertThat(removal).as("the ended deal's history has a removal time").isNotNull();
        assertThat(grantsOf(deal)).extracting(grant -> grant.getResourceType() + " " + grant.getRemovalTime())
                .containsExactly(Resources.HISTORIC_PROCESS_INSTANCE.resourceType() + " " + removal);

        ClockUtil.setCurrentTime(new Date(removal.getTime() + 1000));
        try {
            engine.getHistoryService().cleanUpHistoryAsync(true);
            var cleanup = engine.getManagementService().createJobQuery().singleResult();
            engine.getManagementService().executeJob(cleanup.getId());
        } finally {
            ClockUtil.reset();
        }
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(deal).count())
                .as("the history is cleaned up").isZero();
        assertThat(grantsOf(deal)).as("and the grant with it").isEmpty();
    }

    @Test
    void whoeverDeploysMayReadHisDeploymentButNotDeleteIt() {
        engine.getAuthorizationService().saveAuthorization(grantToPaul());
        identity.setAuthentication("paul", List.of());
        String deployment = engine.getRepositoryService().createDeployment().addModelInstance("other.bpmn",
                Bpmn.createExecutableProcess("other").startEvent().endEvent().done()).deploy().getId();

        assertThat(authorized("paul", Resources.DEPLOYMENT, deployment, Permissions.READ)).isTrue();
        assertThat(authorized("paul", Resources.DEPLOYMENT, deployment, Permissions.DELETE)).isFalse();
    }

    @Test
    void anOwnerWhoIsAssignedHisTaskLaterKeepsTheOneGrantHeHas() {
        String task = taskOf(startWithManager("anna"));
        tasks.setOwner(task, "boris");

        tasks.setAssignee(task, "boris");

        var borisGrants = engine.getAuthorizationService().createAuthorizationQuery().userIdIn("boris")
                .resourceType(Resources.TASK).resourceId(task).list();
        assertThat(borisGrants).hasSize(1);
        assertThat(authorized("boris", Resources.TASK, task, Permissions.TASK_WORK)).isTrue();
        assertThat(authorized("anna", Resources.TASK, task)).isFalse();
        assertThat(visibleTo("boris")).containsExactly(task);
    }

    @Test
    void aNewTasksGrantsAreWrittenWithoutLookingForOnesItCannotHaveYet() throws Exception {
        javax.sql.DataSource database = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getDataSource();
        try (var connection = database.getConnection(); var statement = connection.createStatement()) {
            statement.execute("SET QUERY_STATISTICS TRUE");
            String task = taskOf(startWithManager("anna"));
            var lookups = statement.executeQuery("SELECT COALESCE(SUM(EXECUTION_COUNT), 0) FROM "
                    + "INFORMATION_SCHEMA.QUERY_STATISTICS WHERE LOWER(SQL_STATEMENT) LIKE 'select%act_ru_authorization%'"
                    + " AND SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'");
            lookups.next();
            long count = lookups.getLong(1);
            statement.execute("SET QUERY_STATISTICS FALSE");

            assertThat(count).isZero();
            assertThat(authorized("anna", Resources.TASK, task, Permissions.TASK_WORK)).isTrue();
            assertThat(authorized("anna", Resources.HISTORIC_TASK, task,
                    org.camunda.bpm.engine.authorization.HistoricTaskPermissions.READ)).isTrue();
        }
    }

    private List<AuthorizationEntity> grantsOf(String deal) {
        identity.clearAuthentication();
        return engine.getAuthorizationService().createAuthorizationQuery().resourceId(deal).list().stream()
                .map(AuthorizationEntity.class::cast).sorted(java.util.Comparator.comparing(grant -> grant
                        .getResourceType())).toList();
    }

    private org.camunda.bpm.engine.authorization.Authorization grantToPaul() {
        identity.saveUser(identity.newUser("paul"));
        var grant = engine.getAuthorizationService().createNewAuthorization(
                org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
        grant.setUserId("paul");
        grant.setResource(Resources.DEPLOYMENT);
        grant.setResourceId("*");
        grant.addPermission(Permissions.CREATE);
        return grant;
    }

    private String startWithManager(String manager) {
        return start("rights", manager);
    }

    private String start(String process, String manager) {
        identity.clearAuthentication();
        Map<String, Object> variables = new HashMap<>();
        variables.put("manager", manager);
        return engine.getRuntimeService().startProcessInstanceByKey(process, variables).getId();
    }

    private String taskOf(String deal) {
        identity.clearAuthentication();
        return tasks.createTaskQuery().processInstanceId(deal).singleResult().getId();
    }

    private List<String> visibleTo(String user) {
        as(user);
        return tasks.createTaskQuery().list().stream().map(t -> t.getId()).toList();
    }

    private void as(String user) {
        identity.setAuthentication(user, List.of(MANAGERS));
    }

    private boolean authorized(String user, Resources resource, String id) {
        return authorized(user, resource, id, Permissions.READ);
    }

    private boolean authorized(String user, Resources resource, String id, org.camunda.bpm.engine.authorization.Permission permission) {
        identity.clearAuthentication();
        List<String> groups = "paul".equals(user) ? List.of() : List.of(MANAGERS);
        return engine.getAuthorizationService().isUserAuthorized(user, groups, permission, resource, id);
    }

    /** The engine settings of application.yaml that the rights depend on. */
    private static final class AsInTheApplication extends AbstractProcessEnginePlugin {
        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            configuration.setAuthorizationEnabled(true);
            configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
            configuration.setEnableHistoricInstancePermissions(true);
            configuration.setGroupResourceWhitelistPattern("[a-zA-Z0-9-]+");
        }
    }
}
