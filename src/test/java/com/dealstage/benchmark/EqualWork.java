package com.dealstage.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Proof that two sides of a comparison did the same work: tasks completed and distinct companies (from Camunda's
 * history) and rows in every table of the side's database.
 */
record EqualWork(long tasksCompleted, long distinctCompanies, long rows) {

    static EqualWork of(DataSource database) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            long tasks = single(statement, "select count(*) from ACT_HI_TASKINST where END_TIME_ is not null");
            long companies = single(statement,
                    "select count(distinct TEXT_) from ACT_HI_VARINST where NAME_ = 'companyName'");
            List<String> tables = new ArrayList<>();
            try (ResultSet found = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (found.next()) {
                    String schema = found.getString("TABLE_SCHEM");
                    if (schema == null || !(schema.equalsIgnoreCase("INFORMATION_SCHEMA")
                            || schema.equalsIgnoreCase("pg_catalog"))) {
                        tables.add((schema == null ? "" : "\"" + schema + "\".") + "\"" + found.getString("TABLE_NAME") + "\"");
                    }
                }
            }
            long rows = 0;
            for (String table : tables) {
                rows += single(statement, "select count(*) from " + table);
            }
            return new EqualWork(tasks, companies, rows);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    EqualWork minus(EqualWork before) {
        return new EqualWork(tasksCompleted - before.tasksCompleted, distinctCompanies - before.distinctCompanies,
                rows - before.rows);
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
