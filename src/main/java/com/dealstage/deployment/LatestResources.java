package com.dealstage.deployment;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the engine's repository holds, by resource name across all deployments, whoever made them (processes/,
 * Modeler, /engine-rest). Camunda's duplicate filtering compares only with earlier deployments of the same name, and
 * its public API has no query by resource name nor for form definitions, so this reads the engine's tables
 * (ACT_GE_BYTEARRAY, ACT_RE_DEPLOYMENT, ACT_RE_CAMFORMDEF; the same in Operaton).
 */
final class LatestResources {

    /** A form definition as deployed: its key, version, and where its JSON is. */
    record Form(String key, int version, String deploymentId, String resourceName) {
    }

    private final JdbcClient jdbc;

    LatestResources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The content of the newest deployed resource named {@code name}. */
    Optional<byte[]> content(String name) {
        return jdbc.sql("SELECT b.BYTES_ FROM ACT_GE_BYTEARRAY b JOIN ACT_RE_DEPLOYMENT d ON d.ID_ = b.DEPLOYMENT_ID_ "
                        + "WHERE b.NAME_ = ? ORDER BY d.DEPLOY_TIME_ DESC FETCH FIRST 1 ROWS ONLY")
                .param(name).query((rs, row) -> rs.getBytes(1)).optional();
    }

    /** The newest version of form {@code key}. */
    Optional<Form> latestForm(String key) {
        return forms("KEY_ = ?", key).stream().findFirst();
    }

    /** The form definitions deployed from resource {@code name}, newest first. */
    List<Form> formsOf(String resourceName) {
        return forms("RESOURCE_NAME_ = ?", resourceName);
    }

    /** The form definitions a deployment created. */
    List<Form> formsIn(String deploymentId) {
        return forms("DEPLOYMENT_ID_ = ?", deploymentId);
    }

    /** Makes nodes that deploy the same change wait for each other (V41); only inside a transaction. */
    void lockFolder() {
        jdbc.sql("SELECT id FROM process_folder_lock WHERE id = 1 FOR UPDATE").query(Integer.class).list();
    }

    private List<Form> forms(String condition, String value) {
        return jdbc.sql("SELECT KEY_, VERSION_, DEPLOYMENT_ID_, RESOURCE_NAME_ FROM ACT_RE_CAMFORMDEF WHERE " + condition
                        + " ORDER BY VERSION_ DESC")
                .param(value)
                .query((rs, row) -> new Form(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
