package com.dealstage.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Docker does not run on the build machines, so docker-compose.yml is checked by reading it: two nodes with the
 * configuration the cluster test runs (profiles, variables, start order), health checks, the database in a
 * named volume, processes/ and rules/ mounted where the image looks for them, secrets from the env file.
 */
class ComposeFileTest {

    private static final List<String> NODES = List.of("node-a", "node-b");
    private final JsonNode compose = read("docker-compose.yml");
    private final JsonNode services = compose.path("services");

    @Test
    void composeRunsPostgresAndTwoNodesOfTheImageBuiltHere() {
        assertThat(services.fieldNames()).toIterable().containsExactlyInAnyOrder("postgres", "node-a", "node-b");
        assertThat(services.at("/node-a/build").asText()).isEqualTo(".");
        assertThat(services.at("/node-b/image").asText()).isEqualTo(services.at("/node-a/image").asText());
        assertThat(services.at("/postgres/image").asText()).startsWith("postgres:");
    }

    @Test
    void nodesRunTheProfilesAndDatabaseTheClusterTestRuns() {
        JsonNode db = services.at("/postgres/environment");
        String url = "jdbc:postgresql://postgres:5432/" + db.path("POSTGRES_DB").asText();
        for (String node : NODES) {
            JsonNode env = services.at("/" + node + "/environment");
            assertThat(env.path("SPRING_PROFILES_ACTIVE").asText()).as(node).isEqualTo(AppNode.PROFILES);
            assertThat(env.path("DEALSTAGE_DB_URL").asText()).as(node).isEqualTo(url);
            assertThat(env.path("DEALSTAGE_DB_USER").asText()).as(node).isEqualTo(db.path("POSTGRES_USER").asText());
            Set<String> configured = new HashSet<>();
            env.fieldNames().forEachRemaining(configured::add);
            configured.addAll(envFileKeys());
            assertThat(configured).as(node + ": environment and .env").containsAll(AppNode.environment(url).keySet());
        }
        assertThat(services.at("/node-b/depends_on/node-a/condition").asText())
                .as("the second node starts once the first is healthy, as in the cluster test").isEqualTo("service_healthy");
        assertThat(services.at("/node-a/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
    }

    @Test
    void everyServiceHasAHealthCheckAndNodesAskActuator() {
        for (String service : List.of("postgres", "node-a", "node-b")) {
            assertThat(services.at("/" + service + "/healthcheck/test").isArray()).as(service).isTrue();
        }
        for (String node : NODES) {
            assertThat(services.at("/" + node + "/healthcheck/test").toString()).contains("/actuator/health");
        }
        assertThat(services.at("/postgres/healthcheck/test").toString()).contains("pg_isready");
    }

    @Test
    void databaseLivesInANamedVolumeAndTheFoldersAreMountedWhereTheImageWorks() throws IOException {
        assertThat(compose.path("volumes").has("pgdata")).isTrue();
        assertThat(strings(services.at("/postgres/volumes"))).contains("pgdata:/var/lib/postgresql/data");
        assertThat(Files.readString(Path.of("Dockerfile"))).contains("WORKDIR /app");
        for (String node : NODES) {
            assertThat(strings(services.at("/" + node + "/volumes")))
                    .contains("./processes:/app/processes:ro", "./rules:/app/rules:ro");
        }
    }

    @Test
    void secretsComeFromTheEnvFileNeverFromTheComposeFile() throws IOException {
        for (String node : NODES) {
            assertThat(services.at("/" + node + "/env_file").asText()).isEqualTo(".env");
            assertThat(services.at("/" + node + "/environment").has("DEALSTAGE_ADMIN_PASSWORD")).isFalse();
            assertThat(services.at("/" + node + "/environment").has("DEALSTAGE_DB_PASSWORD")).isFalse();
        }
        assertThat(envFileKeys()).contains("DEALSTAGE_DB_PASSWORD", "DEALSTAGE_ADMIN_PASSWORD");
        Matcher variable = Pattern.compile("\\$\\{(\\w+)").matcher(Files.readString(Path.of("docker-compose.yml")));
        while (variable.find()) {
            assertThat(envFileKeys()).as("variables the compose file reads").contains(variable.group(1));
        }
        assertThat(Files.readAllLines(Path.of(".gitignore"))).contains(".env");
    }

    private static Set<String> envFileKeys() {
        Properties example = new Properties();
        try (var in = Files.newBufferedReader(Path.of(".env.example"))) {
            example.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return example.stringPropertyNames();
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static JsonNode read(String file) {
        try {
            // SnakeYAML resolves the anchors (&node-environment) and aliases the compose file shares between nodes
            Object document = new Yaml().load(Files.readString(Path.of(file)));
            return new ObjectMapper().valueToTree(document);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
