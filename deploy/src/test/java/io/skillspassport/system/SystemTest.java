package io.skillspassport.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a system test class: its test methods may take a {@link Portal}, a {@link Browser} or a
 * {@link HttpSession} parameter, the browser starts every test with no cookies or cache, and a
 * failing test leaves a screenshot and the page source in {@code target/screenshots}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("system")
@ExtendWith(SystemTestExtension.class)
public @interface SystemTest {}
