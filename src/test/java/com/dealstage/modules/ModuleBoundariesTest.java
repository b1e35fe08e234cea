package com.dealstage.modules;

import com.dealstage.DealstageApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModuleBoundariesTest {

    @Test
    void modulesReachEachOtherOnlyThroughTheirPublicTypes() {
        ApplicationModules modules = ApplicationModules.of(DealstageApplication.class);
        modules.forEach(System.out::println);
        modules.verify();
    }
}
