package com.dealstage.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealstage.DealstageApplication;
import com.dealstage.testsupport.StageInputs;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The production-like profile on a real PostgreSQL server: no demo users, admin password from outside. */
@Tag("own-context")
class ProdProfileOnPostgresTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Test
    void prodProfileRunsDealsOnPostgresWithoutDemoUsers() {
        try (ConfigurableApplicationContext app = start("--dealstage.identity.admin-password=s3cret-from-env")) {
            IdentityService identity = app.getBean(IdentityService.class);
            assertThat(identity.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("admin");
            assertThat(identity.checkPassword("admin", "s3cret-from-env")).isTrue();
            assertThat(identity.createGroupQuery().list()).extracting(g -> g.getId())
                    .contains("sales-managers", "sales-heads", "quality-control", "process-owners");

            // the admin creates the first sales manager (a deal's manager must be a user of a sales team)
            identity.saveUser(identity.newUser("anna"));
            identity.createMembership("anna", "sales-managers");
            String deal = app.getBean(RuntimeService.class)
                    .startProcessInstanceByKey("deal-pipeline", StageInputs.leadIntake()).getId();
            assertThat(app.getBean(TaskService.class).createTaskQuery().processInstanceId(deal).singleResult()
                    .getTaskDefinitionKey()).isEqualTo("coldCall");
        }
    }

    @Test
    void prodProfileRefusesToStartWithoutAdminPassword() {
        // as if DEALSTAGE_ADMIN_PASSWORD were not set, even when the machine running the tests sets it:
        // command-line arguments take precedence over the environment
        assertThatThrownBy(() -> start("--DEALSTAGE_ADMIN_PASSWORD=").close())
                .rootCause().hasMessageContaining("DEALSTAGE_ADMIN_PASSWORD");
    }

    private static ConfigurableApplicationContext start(String... extraArgs) {
        String[] base = {"--spring.profiles.active=prod,postgres", "--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres"};
        String[] args = new String[base.length + extraArgs.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extraArgs, 0, args, base.length, extraArgs.length);
        return new SpringApplicationBuilder(DealstageApplication.class).run(args);
    }
}
