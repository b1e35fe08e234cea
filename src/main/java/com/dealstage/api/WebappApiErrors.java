package com.dealstage.api;

import com.dealstage.stagegate.StageGateProperties;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Tasklist does not call /engine-rest but the webapp's own engine API (/camunda/api/engine), a separate
 * Jersey application the starter registers as servlet "Engine Api" unless one of that name exists.
 * We register it first, with the same application plus the error mappers and input checks of
 * /engine-rest, so a refused form shows a manager the gate's sentence instead of "ENGINE-03051 There
 * was an exception while invoking the TaskListener", and bad input gets the same 4xx as on /engine-rest.
 */
@Component
class WebappApiErrors implements ServletContextInitializer, Ordered {

    static final String ENGINE_API_SERVLET = "Engine Api";
    private final String webappPath;
    private final List<Object> components;

    WebappApiErrors(CamundaBpmProperties camunda, ObjectProvider<CompletedTasks> completedTasks,
            ObjectProvider<ProcessEngine> engine, StageGateProperties limits) {
        this.webappPath = camunda.getWebapp().getApplicationPath();
        this.components = EngineRestErrors.components(completedTasks, engine, limits);
    }

    @Override
    public void onStartup(ServletContext servletContext) {
        ResourceConfig application = ResourceConfig.forApplication(new TasklistEngineApi(components));
        ServletRegistration.Dynamic engineApi = servletContext.addServlet(ENGINE_API_SERVLET, new ServletContainer(application));
        engineApi.addMapping(webappPath + "/api/engine/*");
    }

    /** Before the Camunda webapp initializer, which keeps a servlet registered under this name. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** Camunda's webapp engine API with our mappers (priority 1, so they win) and checks. */
    static final class TasklistEngineApi extends EngineRestApplication {
        private final List<Object> components;

        TasklistEngineApi(List<Object> components) {
            this.components = components;
        }

        @Override
        public Set<Object> getSingletons() {
            Set<Object> singletons = new HashSet<>(super.getSingletons());
            singletons.addAll(components);
            return singletons;
        }
    }
}
