package com.dealstage.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The description at /v3/api-docs: what the API is and that it takes Camunda users over HTTP Basic. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI dealstageApi() {
        return new OpenAPI()
                .info(new Info().title("Dealstage API").version("v1")
                        .description("Deals, stage tasks, rejections, NPS and the rule base. Every call runs as the "
                                + "authenticated Camunda user through the same stage gate as Tasklist; a refused "
                                + "stage is a 422 listing every violation. Camunda's own API is at /engine-rest."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
