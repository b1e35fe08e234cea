package com.dealstage.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;

/** The sides the suite compares: plain engines built fresh for each run, or a long-lived engine (the app's). */
final class Sides {

    private Sides() {
    }

    /** A new plain engine on a new database for every run. */
    static Supplier<Comparison.Side> fresh(EmbeddedPostgres postgres, boolean gate) {
        return () -> {
            ProcessEngine engine = engineOn(postgres, gate);
            return side(engine, BenchEngine.dataSource(engine), true);
        };
    }

    /** The same engine for every run (closed by the caller): its database grows from run to run. */
    static Supplier<Comparison.Side> kept(ProcessEngine engine, DataSource database) {
        return () -> side(engine, database, false);
    }

    /** A plain engine on a new database: H2 in memory, or a new database of {@code postgres}. */
    static ProcessEngine engineOn(EmbeddedPostgres postgres, boolean gate) {
        return postgres == null ? BenchEngine.h2(gate) : onNewDatabase(postgres, gate);
    }

    static ProcessEngine onNewDatabase(EmbeddedPostgres postgres, boolean gate) {
        return BenchEngine.build(newDatabase(postgres), "postgres", "postgres", gate);
    }

    /** The JDBC URL of a new, empty database in {@code postgres}. */
    static String newDatabase(EmbeddedPostgres postgres) {
        String name = "bench_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    private static Comparison.Side side(ProcessEngine engine, DataSource database, boolean closeAfterRun) {
        return new Comparison.Side() {
            @Override
            public Comparison.Run run(int deals) throws Exception {
                return Comparison.measure(engine, database, deals);
            }

            @Override
            public void close() {
                if (closeAfterRun) {
                    engine.close();
                }
            }
        };
    }
}
