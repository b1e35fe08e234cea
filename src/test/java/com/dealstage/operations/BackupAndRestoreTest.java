package com.dealstage.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.DealstageApplication;
import com.dealstage.testsupport.StageInputs;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

/**
 * The H2 backup and restore of docs/operations.md, done as written: SCRIPT while the app runs, RUNSCRIPT into a new
 * database file, the app started on it; the deal is there and carries on.
 */
@Tag("own-context")
class BackupAndRestoreTest {

    @TempDir Path folder;

    @Test
    void dealBackedUpWithScriptAndRestoredWithRunscriptCarriesOn() throws Exception {
        Path backup = folder.resolve("dealstage-backup.sql");
        String deal;
        try (ConfigurableApplicationContext app = start(folder.resolve("live/dealstage"))) {
            deal = (String) anna(app).postForEntity("/api/deals", StageInputs.newClientLead(), Map.class).getBody()
                    .get("id");
            try (Connection connection = app.getBean(DataSource.class).getConnection();
                    Statement statement = connection.createStatement()) {
                // docs/operations.md: an online, consistent copy (H2 locks the tables while it writes)
                statement.execute("SCRIPT TO '" + backup + "'");
            }
        }

        Path restored = folder.resolve("restored/dealstage");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + restored, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + backup + "'");
        }
        try (ConfigurableApplicationContext app = start(restored)) {
            TestRestTemplate anna = anna(app);
            List<Map<String, Object>> tasks = anna.exchange("/api/deals/" + deal + "/tasks", HttpMethod.GET, null,
                    new ParameterizedTypeReference<List<Map<String, Object>>>() {
                    }).getBody();
            assertThat(tasks).singleElement().extracting(task -> task.get("stage")).isEqualTo("coldCall");
            assertThat(anna.postForEntity("/api/tasks/" + tasks.get(0).get("id") + "/complete",
                    StageInputs.forward("coldCall"), String.class).getStatusCode().value()).isEqualTo(204);
            assertThat(anna.getForEntity("/api/deals/" + deal, String.class).getBody()).contains("meeting");
        }
    }

    private static ConfigurableApplicationContext start(Path database) {
        return new SpringApplicationBuilder(DealstageApplication.class).run("--spring.profiles.active=test",
                "--server.port=0", "--dealstage.rules.reload-interval=0",
                "--spring.datasource.url=jdbc:h2:file:" + database);
    }

    private static TestRestTemplate anna(ConfigurableApplicationContext app) {
        return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://127.0.0.1:"
                + app.getEnvironment().getProperty("local.server.port"))).withBasicAuth("anna", "anna");
    }
}
