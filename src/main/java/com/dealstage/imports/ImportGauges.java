package com.dealstage.imports;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Import progress for /actuator/prometheus, read from the shared database when scraped (the same on every node):
 * imports running and interrupted, and the lines the running ones have done so far.
 */
@Component
class ImportGauges implements MeterBinder {

    private final JdbcClient jdbc;

    ImportGauges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "dealstage.imports.running", "Imports of cold-call lists being worked on",
                "SELECT COUNT(*) FROM import_run WHERE status = 'RUNNING'");
        gauge(registry, "dealstage.imports.interrupted", "Imports interrupted and waiting to be resumed",
                "SELECT COUNT(*) FROM import_run WHERE status = 'INTERRUPTED'");
        gauge(registry, "dealstage.imports.lines.done", "Lines done (started, skipped or failed) of running imports",
                "SELECT COUNT(*) FROM import_row r JOIN import_run i ON i.id = r.import_id WHERE i.status = 'RUNNING'");
    }

    private void gauge(MeterRegistry registry, String name, String description, String count) {
        Gauge.builder(name, () -> jdbc.sql(count).query(Long.class).single()).description(description)
                .register(registry);
    }
}
