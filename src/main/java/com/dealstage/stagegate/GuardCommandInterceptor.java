package com.dealstage.stagegate;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/** Opens the guard's per-command state around every engine command (outermost one wins). */
final class GuardCommandInterceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        GuardState state = GuardState.enterCommand();
        try {
            return next.execute(command);
        } finally {
            state.leaveCommand();
        }
    }
}
