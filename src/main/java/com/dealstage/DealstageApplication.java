package com.dealstage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DealstageApplication {

    public static void main(String[] args) {
        SpringApplication.run(DealstageApplication.class, args);
    }
}
