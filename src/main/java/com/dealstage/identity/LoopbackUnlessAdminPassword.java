package com.dealstage.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * No default secret reaches the network: a run without an admin password (the demo logins, admin/admin
 * included) listens on 127.0.0.1 only, and refuses to start when server.address asks for more. Runs after
 * Spring Boot's own customizer, which applies server.address.
 */
@Component
class LoopbackUnlessAdminPassword implements WebServerFactoryCustomizer<ConfigurableWebServerFactory>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(LoopbackUnlessAdminPassword.class);
    static final InetAddress LOOPBACK = loopback();

    private final IdentityProperties identity;
    private final ServerProperties server;

    LoopbackUnlessAdminPassword(IdentityProperties identity, ServerProperties server) {
        this.identity = identity;
        this.server = server;
    }

    @Override
    public void customize(ConfigurableWebServerFactory factory) {
        if (identity.adminPasswordConfigured()) {
            if (identity.demoUsers()) {
                log.warn("Demo users (password = user id) are enabled on a run reachable from the network; "
                        + "set dealstage.identity.demo-users=false (the prod profile does) for real data.");
            }
            return;
        }
        InetAddress requested = server.getAddress();
        if (requested != null && !requested.isLoopbackAddress()) {
            throw new IllegalStateException("server.address=" + requested.getHostAddress() + " would expose the demo "
                    + "logins (admin/admin, password = user id) to the network. Set DEALSTAGE_ADMIN_PASSWORD "
                    + "(property dealstage.identity.admin-password) to listen beyond this machine.");
        }
        if (requested == null) {
            factory.setAddress(LOOPBACK);
        }
        log.warn("No admin password set (DEALSTAGE_ADMIN_PASSWORD): demo run, listening on {} only, admin/admin.",
                requested == null ? LOOPBACK.getHostAddress() : requested.getHostAddress());
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
