package com.dealstage.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param demoUsers     create one demo user per group, password = user id (embedded run; off in the prod profile)
 * @param adminUser     user id of the administrator Dealstage keeps (DEALSTAGE_ADMIN_USER, default {@code admin})
 * @param adminPassword his password (DEALSTAGE_ADMIN_PASSWORD). Without it the run is a local demo: the admin's
 *                      password is {@code admin} and the server listens on 127.0.0.1 only
 *                      ({@link LoopbackUnlessAdminPassword}); without it and without demo users it does not start.
 */
@ConfigurationProperties("dealstage.identity")
record IdentityProperties(@DefaultValue("false") boolean demoUsers, @DefaultValue("admin") String adminUser,
        String adminPassword) {

    /** The demo admin's password, accepted from the local machine only. */
    static final String DEMO_ADMIN_PASSWORD = "admin";

    IdentityProperties {
        if (adminUser == null || adminUser.isBlank()) {
            throw new IllegalStateException("dealstage.identity.admin-user (DEALSTAGE_ADMIN_USER) is empty: "
                    + "name the user id of the administrator.");
        }
        boolean configured = adminPassword != null && !adminPassword.isBlank();
        if (!configured && !demoUsers) {
            throw new IllegalStateException("No admin password: set the environment variable DEALSTAGE_ADMIN_PASSWORD "
                    + "(property dealstage.identity.admin-password). Without demo users this is a real installation, "
                    + "and Dealstage refuses to start with an admin without a password.");
        }
        if (configured && (adminPassword.equals(DEMO_ADMIN_PASSWORD) || adminPassword.equals(adminUser))) {
            throw new IllegalStateException("DEALSTAGE_ADMIN_PASSWORD must not be 'admin' or the admin's user id: "
                    + "that is the first password anybody tries. Choose another one.");
        }
    }

    boolean adminPasswordConfigured() {
        return adminPassword != null && !adminPassword.isBlank();
    }

    String effectiveAdminPassword() {
        return adminPasswordConfigured() ? adminPassword : DEMO_ADMIN_PASSWORD;
    }
}
