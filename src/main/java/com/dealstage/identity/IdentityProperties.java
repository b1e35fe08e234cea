package com.dealstage.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param demoUsers     create one demo user per group (embedded run only; the prod profile turns it off)
 * @param adminPassword password of the {@code admin} user; the prod profile takes it from DEALSTAGE_ADMIN_PASSWORD
 */
@ConfigurationProperties("dealstage.identity")
record IdentityProperties(@DefaultValue("false") boolean demoUsers, String adminPassword) {

    IdentityProperties {
        if (adminPassword == null || adminPassword.isBlank()) {
            throw new IllegalStateException("No admin password: set the environment variable DEALSTAGE_ADMIN_PASSWORD "
                    + "(property dealstage.identity.admin-password). Dealstage refuses to start with an admin without a password.");
        }
    }
}
