package com.dealstage.testsupport;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Several application contexts live in one test JVM (the cached one, restarts, the prod profile), and each
 * registers its engine as "default" in Camunda's static registry, where /engine-rest and the HTTP Basic
 * filter look it up. Before each test method, point "default" back at the engine of that test's context.
 * Registered for every Spring test in META-INF/spring.factories.
 */
public class ContextEngineRegistration extends AbstractTestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(ProcessEngine.class).ifAvailable(ProcessEngines::registerProcessEngine);
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }
}
