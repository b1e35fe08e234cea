package com.dealstage.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16: the configuration owns the admin's (and the demo users') passwords. A restart with a changed one
 * succeeds on the same database, only the new password logs in afterwards, and setting it is no failed login.
 */
@Tag("own-context")
class AdminPasswordRotationTest {

    private static final int OK = 200;
    private static final int UNAUTHORIZED = 401;

    @TempDir
    Path databaseDir;

    @Test
    void rotatedAdminPasswordWorksAfterARestartOnAnH2File() {
        rotate("--spring.datasource.url=jdbc:h2:file:" + databaseDir.resolve("db").toAbsolutePath());
    }

    @Test
    void rotatedAdminPasswordWorksAfterARestartOnPostgres() throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            rotate("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=postgres");
        }
    }

    /** The operator sets DEALSTAGE_ADMIN_USER=root: root is the admin, the former one is gone with his rights. */
    @Test
    void changedAdminUserIdReplacesTheFormerAdmin() {
        String database = "--spring.datasource.url=jdbc:h2:file:" + databaseDir.resolve("db").toAbsolutePath();
        try (AppRun first = AppRun.start(database, "--dealstage.identity.admin-password=first-Secret-1")) {
            IdentityService identity = first.bean(IdentityService.class);
            User ops = identity.newUser("ops"); // an administrator added by hand in the Admin webapp
            ops.setPassword("ops-Secret-9");
            identity.saveUser(ops);
            identity.createMembership("ops", Groups.ADMIN);
        }
        try (AppRun second = AppRun.start(database, "--dealstage.identity.admin-user=root",
                "--dealstage.identity.admin-password=root-Secret-3")) {
            assertThat(second.statuses("root", "root-Secret-3")).containsExactly(OK, OK);
            assertThat(second.statuses("admin", "first-Secret-1")).containsExactly(UNAUTHORIZED, UNAUTHORIZED);
            IdentityService identity = second.bean(IdentityService.class);
            assertThat(identity.createUserQuery().userId("admin").count()).isZero();
            assertThat(identity.createUserQuery().memberOfGroup(Groups.ADMIN).list()).extracting(User::getId)
                    .containsExactlyInAnyOrder("root", "ops");
            assertThat(second.bean(AuthorizationService.class).createAuthorizationQuery().userIdIn("admin").count())
                    .as("nothing is left for a user created later under the old id").isZero();
            assertThat(second.statuses("ops", "ops-Secret-9")).containsExactly(OK, OK);
        }
    }

    private static void rotate(String... database) {
        try (AppRun first = AppRun.start(with(database, "--dealstage.identity.admin-password=first-Secret-1"))) {
            assertThat(first.statuses("admin", "first-Secret-1")).containsExactly(OK, OK);
            // someone changed a demo user's password by hand; the configuration (password = id) wins at restart
            IdentityService identity = first.bean(IdentityService.class);
            User anna = identity.createUserQuery().userId("anna").singleResult();
            anna.setPassword("changed-By-Hand-7");
            identity.saveUser(anna);
        }
        try (AppRun second = AppRun.start(with(database, "--dealstage.identity.admin-password=second-Secret-2"))) {
            JdbcClient jdbc = second.bean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_ID_USER WHERE ATTEMPTS_ > 0 OR LOCK_EXP_TIME_ IS NOT NULL")
                    .query(Integer.class).single()).as("setting passwords counted as no failed login").isZero();
            assertThat(second.statuses("admin", "second-Secret-2")).containsExactly(OK, OK);
            assertThat(second.statuses("anna", "anna")).containsExactly(OK, OK);
            assertThat(second.statuses("admin", "first-Secret-1")).containsExactly(UNAUTHORIZED, UNAUTHORIZED);
            assertThat(second.statuses("anna", "changed-By-Hand-7")).containsExactly(UNAUTHORIZED, UNAUTHORIZED);
        }
    }

    private static String[] with(String[] database, String password) {
        String[] args = java.util.Arrays.copyOf(database, database.length + 1);
        args[database.length] = password;
        return args;
    }
}
