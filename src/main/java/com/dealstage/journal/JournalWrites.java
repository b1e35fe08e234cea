package com.dealstage.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Session;

/**
 * The journal rows of one engine command, written when the command flushes its sessions, on the command's own
 * connection: after the engine's SQL, only when the command succeeds, and a failed write fails the command. On
 * PostgreSQL all of a command's rows travel in one round trip (the driver sends a statement list at once); a
 * completion closes one visit and opens the next, so that halves the journal's round trips per deal.
 */
final class JournalWrites implements Session {

    private record Write(String sql, Object[] values, Object[] insteadWhenNoRow) {
    }

    /**
     * Statements per list: a command that ends many visits at once (deals deleted in bulk) sends several lists
     * rather than one text of unbounded length whose answers all queue up before the driver reads them.
     */
    private static final int LIST_LENGTH = 50;

    private final boolean statementLists;
    private final List<Write> pending = new ArrayList<>();
    private boolean flushed;

    /** @param statementLists whether the database runs several parameterised statements sent as one text */
    JournalWrites(boolean statementLists) {
        this.statementLists = statementLists;
    }

    void insert(Object[] values) {
        add(new Write(JournalRows.INSERT, values, null));
    }

    /** Closes a visit; when it has no open row (entered before the journal existed), inserts {@code visit} instead. */
    void leave(Object[] values, Object[] visit) {
        add(new Write(JournalRows.LEAVE, values, visit));
    }

    @Override
    public void flush() {
        flushed = true;
        if (pending.isEmpty()) {
            return;
        }
        List<Write> writes = List.copyOf(pending);
        pending.clear();
        Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
        try {
            for (int from = 0; from < writes.size(); from += LIST_LENGTH) {
                List<Write> part = writes.subList(from, Math.min(writes.size(), from + LIST_LENGTH));
                int[] rows = statementLists && part.size() > 1 ? together(connection, part) : oneByOne(connection, part);
                for (int i = 0; i < part.size(); i++) {
                    if (rows[i] == 0 && part.get(i).insteadWhenNoRow() != null) {
                        execute(connection, JournalRows.INSERT, part.get(i).insteadWhenNoRow());
                    }
                }
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("The stage journal could not be written: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        // nothing held: the connection belongs to the engine command
    }

    private void add(Write write) {
        pending.add(write);
        if (flushed) {
            flush(); // a row produced after the command flushed (a close listener's work) is not held back
        }
    }

    private static int[] oneByOne(Connection connection, List<Write> writes) throws SQLException {
        int[] rows = new int[writes.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = execute(connection, writes.get(i).sql(), writes.get(i).values());
        }
        return rows;
    }

    private static int[] together(Connection connection, List<Write> writes) throws SQLException {
        String sql = String.join(";\n", writes.stream().map(Write::sql).toList());
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int parameter = 1;
            for (Write write : writes) {
                for (Object value : write.values()) {
                    statement.setObject(parameter++, value);
                }
            }
            statement.execute();
            int[] rows = new int[writes.size()];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = statement.getUpdateCount();
                statement.getMoreResults();
            }
            return rows;
        }
    }

    /**
     * A plain statement: this runs at every stage entered and left (a JdbcClient over a connection proxy cost
     * several times the statement's own CPU on the deal's hot path).
     */
    private static int execute(Connection connection, String sql, Object[] values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }
    }
}
