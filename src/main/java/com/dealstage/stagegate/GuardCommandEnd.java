package com.dealstage.stagegate;

import com.dealstage.rules.Violation;
import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Inside the command context, before anything is flushed: a command that changed deal data no stage accepts
 * (and that no gate has already refused) fails here with every refused field at once, and rolls back.
 */
final class GuardCommandEnd extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        GuardState state = GuardState.current();
        if (state == null) {
            return next.execute(command);
        }
        boolean outermost = state.enterInner();
        try {
            T result = next.execute(command);
            List<Violation> refusals = outermost ? state.takeRefusals() : List.of();
            if (!refusals.isEmpty()) {
                throw StageGateViolation.refusedChange(refusals);
            }
            return result;
        } finally {
            state.leaveInner();
        }
    }
}
