package com.dealstage.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test class moves the engine clock: it runs in the surefire execution of tag {@code moves-clock} (its own JVM,
 * no application context with a running job executor), and {@link EngineClock} resets the clock after each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("moves-clock")
@ExtendWith(EngineClock.class)
public @interface MovesEngineClock {
}
