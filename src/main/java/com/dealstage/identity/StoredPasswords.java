package com.dealstage.identity;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.stereotype.Component;

/**
 * Compares a password with the salted hash on record the way Camunda's login does, but without being a
 * login: IdentityService.checkPassword counts a mismatch as a failed attempt and updates the user row, so
 * "is the configured password still the one on record?" must not be asked through it.
 */
@Component
class StoredPasswords {

    private final ProcessEngineConfigurationImpl engine;

    StoredPasswords(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
    }

    boolean matches(User user, String password) {
        UserEntity stored = (UserEntity) user;
        return stored.getPassword() != null && password != null && engine.getPasswordManager()
                .check(EncryptionUtil.saltPassword(password, stored.getSalt()), stored.getPassword());
    }
}
