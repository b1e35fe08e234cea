package com.dealstage.identity;

import com.dealstage.DealstageApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** One start of the whole application (test profile, random port) for tests that restart it. */
record AppRun(ConfigurableApplicationContext context) implements AutoCloseable {

    static AppRun start(String... args) {
        List<String> all = new ArrayList<>(List.of("--spring.profiles.active=test", "--server.port=0",
                "--dealstage.rules.reload-interval=0"));
        all.addAll(List.of(args));
        return new AppRun(new SpringApplicationBuilder(DealstageApplication.class).run(all.toArray(String[]::new)));
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    /** HTTP Basic as this user over /engine-rest (list of users) and /api (own tasks): 200 or 401. */
    int[] statuses(String user, String password) {
        TestRestTemplate http = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://127.0.0.1:" + port()))
                .withBasicAuth(user, password);
        return new int[] {http.getForEntity("/engine-rest/user", String.class).getStatusCode().value(),
                http.getForEntity("/api/tasks", String.class).getStatusCode().value()};
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
