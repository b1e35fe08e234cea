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
    void refusedReloadDegradesHealthWithErrorsButKeepsTheAppUp() throws IOException {
        Files.writeString(this.rules.resolve("gates.drl"), GOOD);
        RuleEngine engine = RuleEngine.fromDirectory(this.rules);
        RulesHealthIndicator indicator = new RulesHealthIndicator(engine);
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);

        Files.writeString(this.rules.resolve("gates.drl"), "rule \"Broken\" when then");
        engine.reload();
        Health health = indicator.health();

        assertThat(health.getStatus().getCode()).isEqualTo("DEGRADED");
        assertThat(health.getDetails().get("errors")).asList().isNotEmpty();
        assertThat(new SimpleStatusAggregator().getAggregateStatus(Set.of(Status.UP, health.getStatus())))
            .isEqualTo(Status.UP);
    }

}
