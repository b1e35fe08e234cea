package com.dealstage.stagegate;

import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.form.handler.SubmitFormVariablesInvocation;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;

/**
 * Code that diagrams invoke (delegates, listeners, expressions) is the app's published building blocks only
 * (the deployment check refuses anything else), so what it writes is trusted: a service task may record the
 * re-contact plan or clear the act fields of a passed stage. Callers' writes are judged by the guard, and a form
 * submit (Tasklist's, or /engine-rest's submit-form, task or start form) is a caller's write even though Camunda
 * runs it through this interceptor too: everything it and the code inside it write stays the caller's.
 */
final class TrustedDelegates implements DelegateInterceptor {

    private final DelegateInterceptor camunda;

    TrustedDelegates(DelegateInterceptor camunda) {
        this.camunda = camunda;
    }

    @Override
    public void handleInvocation(DelegateInvocation invocation) throws Exception {
        GuardState state = GuardState.current();
        boolean callers = invocation instanceof SubmitFormVariablesInvocation
                || state != null && state.inCallersSubmission();
        Runnable run = () -> {
            try {
                camunda.handleInvocation(invocation);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new DelegateFailure(e);
            }
        };
        try {
            if (callers) {
                GuardState.asCaller(run);
            } else {
                GuardState.trusted(run);
            }
        } catch (DelegateFailure failure) {
            throw (Exception) failure.getCause();
        }
    }

    private static final class DelegateFailure extends RuntimeException {
        DelegateFailure(Exception cause) {
            super(cause);
        }
    }
}
