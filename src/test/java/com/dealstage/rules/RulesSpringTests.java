package com.dealstage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.SimpleStatusAggregator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Wiring, endpoint and health check without starting the whole application.
 */
class RulesSpringTests {

    private static final String GOOD = """
            package gates;
            import com.dealstage.rules.StageCompletion;
            rule "Nothing" when StageCompletion( stage == "none" ) then end
            """;

    @TempDir
    Path rules;

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withUserConfiguration(RulesConfiguration.class);

    @Test
    void propertiesHaveDefaults() {
        this.contextRunner.run(context -> {
            RulesProperties properties = context.getBean(RulesProperties.class);
            assertThat(properties.path()).isEqualTo(Path.of("rules"));
            assertThat(properties.reloadInterval()).isEqualTo(Duration.ofSeconds(1));
            assertThat(context.getBean(RuleFileWatcher.class).isRunning()).isTrue();
        });
    }

    @Test
    void bindsOnceAlongsideConfigurationPropertiesScan() {
        this.contextRunner.withUserConfiguration(ScanningApplication.class)
            .withPropertyValues("dealstage.rules.reload-interval=0")
            .run(context -> {
                assertThat(context).hasSingleBean(RulesProperties.class);
                assertThat(context.getBean(RulesProperties.class).reloadInterval()).isZero();
                assertThat(context.getBean(RuleFileWatcher.class).isRunning()).isFalse();
            });
    }

    @Test
    void brokenRulesStopTheApplicationNamingFileLineAndMessage() throws IOException {
        Files.writeString(this.rules.resolve("gates.drl"), "package gates;\n\nrule \"Broken\" when then");
        this.contextRunner.withPropertyValues("dealstage.rules.path=" + this.rules).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                .isInstanceOf(InvalidRulesException.class)
                .hasMessageContaining("gates.drl:3:");
        });
    }

    @Test
    void rulesThatFailTheirOwnExamplesStopTheApplicationNamingTheExample() throws IOException {
        Files.writeString(this.rules.resolve("gates.drl"), GOOD);
        Files.writeString(this.rules.resolve("gates.examples.yaml"), """
                # the rule refuses stage "none" only: this example of stage "contract" is wrong
                StageCompletion:
                  contract:
                    passes: {}
                    refuses:
                      - rule: Nothing
                        change: { contractNumber: null }
                        field: contractNumber
                """);
        this.contextRunner.withPropertyValues("dealstage.rules.path=" + this.rules).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                .isInstanceOf(InvalidRulesException.class)
                .hasMessageContaining("gates.examples.yaml:6: Example 'stage contract: Nothing refuses");
        });
    }

    @ConfigurationPropertiesScan
    static class ScanningApplication {

    }

    @Test
    void reloadEndpointAnswers422WhenRefused() throws Exception {
        Files.writeString(this.rules.resolve("gates.drl"), GOOD);
        RuleEngine engine = RuleEngine.fromDirectory(this.rules);
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new RulesController(engine, processOwner())).build();

        mvc.perform(get("/api/rules/status")).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("OK"))
            .andExpect(jsonPath("$.files[0]").value("gates.drl"));
        Files.writeString(this.rules.resolve("gates.drl"), "rule \"Broken\" when then");
        mvc.perform(post("/api/rules/reload")).andExpect(status().isUnprocessableEntity())
            .andExpect(jsonPath("$.state").value("FAILED_RELOAD"))
            .andExpect(jsonPath("$.errors[0].file").value("gates.drl"))
            .andExpect(jsonPath("$.errors[0].line").isNumber());
        Files.writeString(this.rules.resolve("gates.drl"), GOOD);
        mvc.perform(post("/api/rules/reload")).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("OK"));
    }

    /** The reload endpoint is for process owners (the identity tests cover who else is refused). */
    private static org.camunda.bpm.engine.IdentityService processOwner() {
        org.camunda.bpm.engine.IdentityService identity = org.mockito.Mockito.mock(org.camunda.bpm.engine.IdentityService.class);
        org.mockito.Mockito.when(identity.getCurrentAuthentication()).thenReturn(
                new org.camunda.bpm.engine.impl.identity.Authentication("paul", java.util.List.of("process-owners")));
        return identity;
    }

    @Test
    void refusedReloadDegradesHealthWithErrorsAndTheOverallStatus() throws IOException {
        Files.writeString(this.rules.resolve("gates.drl"), GOOD);
        RuleEngine engine = RuleEngine.fromDirectory(this.rules);
        RulesHealthIndicator indicator = new RulesHealthIndicator(engine);
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);

        Files.writeString(this.rules.resolve("gates.drl"), "rule \"Broken\" when then");
        engine.reload();
        Health health = indicator.health();

        assertThat(health.getStatus().getCode()).isEqualTo("DEGRADED");
        assertThat(health.getDetails().get("errors")).asList().isNotEmpty();
        assertThat(health.getDetails()).containsEntry("source", "folder").doesNotContainKey("warnings");
        // the order of application.yaml (management.endpoint.health.status.order): DEGRADED outranks UP
        assertThat(new SimpleStatusAggregator("DOWN", "OUT_OF_SERVICE", "DEGRADED", "UNKNOWN", "UP")
            .getAggregateStatus(Set.of(Status.UP, health.getStatus())).getCode()).isEqualTo("DEGRADED");
    }

    @Test
    void warningsDegradeHealthWhileTheRulesAreInForce() throws IOException {
        Files.writeString(this.rules.resolve("gates.drl"), GOOD);
        java.util.List<DeployedStage> deployed = java.util.List.of(
                new DeployedStage("deal-pipeline", "deal-pipeline.bpmn", "contract", "userTask", null, null));
        RuleEngine engine = RuleEngine.start(new RuleEngine(this.rules, java.util.List.of(), RuleSnapshots.NONE,
                new RuleWarnings(new CrossCheck(Set.of(), Set.of()), () -> deployed)));
        engine.refreshWarnings();

        Health health = new RulesHealthIndicator(engine).health();

        assertThat(health.getStatus().getCode()).isEqualTo("DEGRADED");
        assertThat(health.getStatus().getDescription()).isEmpty();
        assertThat(health.getDetails()).containsEntry("state", "OK").doesNotContainKey("errors");
        assertThat(health.getDetails().get("warnings").toString()).contains("Stage 'none'");
    }

    @Test
    void validateEndpointAnswersWithErrorsAndRefusesBadNamesAndOtherUsers() throws Exception {
        Files.writeString(this.rules.resolve("gates.drl"), GOOD);
        RuleEngine engine = RuleEngine.fromDirectory(this.rules);
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new RulesController(engine, processOwner())).build();

        mvc.perform(post("/api/rules/validate").param("file", "gates.drl").contentType("text/plain")
                .content(GOOD.replace("then end", "thn end")))
            .andExpect(status().isOk()).andExpect(jsonPath("$.ok").value(false))
            .andExpect(jsonPath("$.errors[0].file").value("gates.drl"))
            .andExpect(jsonPath("$.errors[0].detail").isString());
        mvc.perform(post("/api/rules/validate").param("file", "gates.drl").contentType("text/plain").content(GOOD))
            .andExpect(status().isOk()).andExpect(jsonPath("$.ok").value(true));
        mvc.perform(post("/api/rules/validate").param("file", "../gates.drl").contentType("text/plain").content(GOOD))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").isString());
        org.camunda.bpm.engine.IdentityService manager = org.mockito.Mockito.mock(org.camunda.bpm.engine.IdentityService.class);
        org.mockito.Mockito.when(manager.getCurrentAuthentication()).thenReturn(
                new org.camunda.bpm.engine.impl.identity.Authentication("anna", java.util.List.of("sales-managers")));
        MockMvcBuilders.standaloneSetup(new RulesController(engine, manager)).build()
            .perform(post("/api/rules/validate").param("file", "gates.drl").contentType("text/plain").content(GOOD))
            .andExpect(status().isForbidden());
    }

}
