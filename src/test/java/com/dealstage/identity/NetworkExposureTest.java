package com.dealstage.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/** No default secret from the network: the demo logins stay on this machine unless an admin password is set. */
@Tag("own-context")
class NetworkExposureTest {

    @Test
    void demoRunWithoutAdminPasswordListensOnLoopbackOnly() throws IOException {
        try (AppRun demo = AppRun.start("--dealstage.identity.admin-password=")) {
            assertThat(boundAddress(demo)).isEqualTo(InetAddress.getByName("127.0.0.1"));
            assertThat(demo.statuses("admin", "admin")).as("admin/admin on this machine").containsExactly(200, 200);
            Optional<InetAddress> lan = nonLoopbackAddress();
            if (lan.isPresent()) {
                try (Socket socket = new Socket()) {
                    assertThatThrownBy(() -> socket.connect(new InetSocketAddress(lan.get(), demo.port()), 2000))
                            .as("nothing listens on " + lan.get()).isInstanceOf(ConnectException.class);
                }
            }
        }
    }

    @Test
    void withAnAdminPasswordTheRunListensOnTheNetworkAndAdminAdminIsRefused() {
        try (AppRun network = AppRun.start("--dealstage.identity.admin-password=net-Secret-4")) {
            assertThat(boundAddress(network)).as("every interface").isNull();
            assertThat(network.statuses("admin", "admin")).containsExactly(401, 401);
        }
    }

    @Test
    void noProfileAcceptsAdminAdminFromTheNetwork() {
        assertThatThrownBy(() -> AppRun.start("--dealstage.identity.admin-password=", "--server.address=0.0.0.0").close())
                .rootCause().hasMessageContaining("DEALSTAGE_ADMIN_PASSWORD").hasMessageContaining("network");
        assertThatThrownBy(() -> AppRun.start("--dealstage.identity.admin-password=admin").close())
                .rootCause().hasMessageContaining("must not be 'admin'");
        assertThatThrownBy(() -> AppRun.start("--spring.profiles.active=test,prod",
                "--dealstage.identity.admin-password=admin").close())
                .rootCause().hasMessageContaining("must not be 'admin'");
    }

    private static InetAddress boundAddress(AppRun run) {
        TomcatWebServer tomcat = (TomcatWebServer) ((ServletWebServerApplicationContext) run.context()).getWebServer();
        return (InetAddress) tomcat.getTomcat().getConnector().getProperty("address");
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                Optional<InetAddress> address = Collections.list(network.getInetAddresses()).stream()
                        .filter(Inet4Address.class::isInstance).findFirst();
                if (address.isPresent()) {
                    return address;
                }
            }
        }
        return Optional.empty();
    }
}
