package uk.warden.app.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A store test, run once on H2 and once on PostgreSQL, each time with a fresh migrated database
 * passed in as a {@link TestDatabase} parameter and thrown away afterwards:
 *
 * <pre>
 * &#64;StoreTest
 * void keepsEveryField(TestDatabase db) { ... }
 * </pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(StoreTestExtension.class)
public @interface StoreTest {}
