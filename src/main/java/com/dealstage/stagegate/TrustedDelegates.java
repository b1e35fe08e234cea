package com.dealstage.stagegate;

import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;

/**
 * Code that diagrams invoke (delegates, listeners, expressions) is the app's published building blocks only
 * (the deployment check refuses anything else), so what it writes is trusted: a service task may record the
 * re-contact plan or clear the act fields of a passed stage. Callers' writes are judged by the guard.
 */
final class TrustedDelegates implements DelegateInterceptor {

    private final DelegateInterceptor camunda;

    TrustedDelegates(DelegateInterceptor camunda) {
        this.camunda = camunda;
    }

    @Override
    public void handleInvocation(DelegateInvocation invocation) throws Exception {
        try {
            GuardState.trusted(() -> {
                try {
                    camunda.handleInvocation(invocation);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new DelegateFailure(e);
                }
            });
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
