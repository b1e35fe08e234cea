package com.dealstage.api;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Tasklist does not call /engine-rest but the webapp's own engine API (/camunda/api/engine), a separate
 * Jersey application the starter registers as servlet "Engine Api" unless one of that name exists.
 * We register it first, with the same application plus our error mappers, so a refused form shows a
 * manager the gate's sentence instead of "ENGINE-03051 There was an exception while invoking the TaskListener".
 */
@Component
class WebappApiErrors implements ServletContextInitializer, Ordered {

    static final String ENGINE_API_SERVLET = "Engine Api";
    private final String webappPath;

    WebappApiErrors(CamundaBpmProperties camunda) {
        this.webappPath = camunda.getWebapp().getApplicationPath();
    }

    @Override
    public void onStartup(ServletContext servletContext) {
        ServletRegistration.Dynamic engineApi = servletContext.addServlet(ENGINE_API_SERVLET, ServletContainer.class);
        engineApi.addMapping(webappPath + "/api/engine/*");
        engineApi.setInitParameters(Map.of("jakarta.ws.rs.Application", TasklistEngineApi.class.getName()));
    }

    /** Before the Camunda webapp initializer, which keeps a servlet registered under this name. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** Camunda's webapp engine API with the stage-gate mappers (priority 1, so they win). */
    public static class TasklistEngineApi extends EngineRestApplication {
        @Override
        public Set<Class<?>> getClasses() {
            Set<Class<?>> classes = new HashSet<>(super.getClasses());
            classes.add(EngineRestErrors.RestErrors.class);
            classes.add(EngineRestErrors.EngineErrors.class);
            return classes;
        }
    }
}
