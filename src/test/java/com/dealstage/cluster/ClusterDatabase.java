package com.dealstage.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Reads the shared database directly: what was committed, whichever node committed it. */
final class ClusterDatabase {

    private final String url;

    ClusterDatabase(String url) {
        this.url = url;
    }

    long count(String sql, Object... parameters) throws SQLException {
        return column(sql, parameters).stream().mapToLong(Long::parseLong).sum();
    }

    List<String> column(String sql, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    /** A quoted list for {@code in (...)}: ids come from the engine, never from a user. */
    String in(Collection<String> ids) {
        return ids.isEmpty() ? "''" : ids.stream().map(id -> "'" + id.replace("'", "") + "'").collect(Collectors.joining(","));
    }

    /** Which node ran the deals' timers, and how many each: every timer job succeeded exactly once. */
    Map<String, Long> jobRunners(Collection<String> deals) throws SQLException {
        String timers = "from act_hi_job_log where job_state_ = 2 and job_def_type_ like 'timer%' "
                + "and process_instance_id_ in (" + in(deals) + ")";
        assertThat(column("select job_id_ " + timers + " group by job_id_ having count(*) > 1"))
                .as("timer jobs that succeeded twice").isEmpty();
        Map<String, Long> runners = new TreeMap<>();
        for (String host : column("select hostname_ " + timers)) {
            runners.merge(host, 1L, Long::sum);
        }
        return runners;
    }

    /**
     * Every deal the engine knows has its client and its journal row, and waits at a task or a timer (or has
     * ended); no client link or rejection row points to a deal the engine does not know.
     */
    void assertNoHalfStartedDeal() throws SQLException {
        String deals = "select id_ from act_hi_procinst where proc_def_key_ = 'deal-pipeline'";
        assertThat(column(deals + " and id_ not in (select deal_id from client_deal)")).as("deals without client").isEmpty();
        assertThat(column(deals + " and id_ not in (select deal_id from stage_journal where stage = 'leadIntake')"))
                .as("deals without their lead-intake journal row").isEmpty();
        assertThat(column(deals + " and end_time_ is null and id_ not in (select proc_inst_id_ from act_ru_task) "
                + "and id_ not in (select process_instance_id_ from act_ru_job)")).as("deals waiting for nothing").isEmpty();
        assertThat(column("select deal_id from client_deal where deal_id not in (select id_ from act_hi_procinst)"))
                .as("client links to no deal").isEmpty();
        assertThat(column("select deal_id from lead_rejection where deal_id not in (select id_ from act_hi_procinst)"))
                .as("rejections of no deal").isEmpty();
        assertThat(column("select deal_id from lead_rejection r where exists (select 1 from act_ru_task t "
                + "where t.proc_inst_id_ = r.deal_id and t.task_def_key_ = 'coldCall')"))
                .as("rejections whose cold call is still open").isEmpty();
    }

    /** Those of the deals that wait at their re-contact timer. */
    List<String> dealsWaitingForRecontact(Collection<String> deals) throws SQLException {
        return column("select distinct j.process_instance_id_ from act_ru_job j join act_ru_execution e "
                + "on e.id_ = j.execution_id_ where e.act_id_ = 'recontactDue' and j.process_instance_id_ in ("
                + in(deals) + ")");
    }
}
