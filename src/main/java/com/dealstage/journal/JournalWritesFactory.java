package com.dealstage.journal;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/** Opens a command's {@link JournalWrites} on its first journal row. */
final class JournalWritesFactory implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
        return JournalWrites.class;
    }

    @Override
    public Session openSession() {
        ProcessEngineConfigurationImpl engine = Context.getProcessEngineConfiguration();
        return new JournalWrites(DbSqlSessionFactory.POSTGRES.equals(engine.getDatabaseType()));
    }
}
