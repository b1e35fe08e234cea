package com.dealstage.benchmark;

import com.dealstage.DealstageApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The whole application in the benchmark's JVM (test profile: demo users), on H2 in memory or on a PostgreSQL URL. */
record InJvmApp(ConfigurableApplicationContext context, long startMillis) implements AutoCloseable {

    static InJvmApp start(String jdbcUrl, String user, String password) {
        long start = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DealstageApplication.class).run(
                "--spring.profiles.active=test", "--server.port=0", "--dealstage.rules.reload-interval=0",
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password, "--spring.datasource.hikari.maximum-pool-size=20",
                "--logging.level.root=WARN");
        return new InJvmApp(context, (System.nanoTime() - start) / 1_000_000);
    }

    /** On a new database: H2 in memory, or a new database of {@code postgres}. */
    static InJvmApp startOn(EmbeddedPostgres postgres) {
        return postgres == null
                ? start("jdbc:h2:mem:bench-app-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "")
                : start(Sides.newDatabase(postgres), "postgres", "postgres");
    }

    ProcessEngine engine() {
        return context.getBean(ProcessEngine.class);
    }

    DataSource database() {
        return context.getBean(DataSource.class);
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @Override
    public void close() {
        context.close();
    }
}
