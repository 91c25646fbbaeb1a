/**
 * System tests: the packaged portal ({@code skills-passport.jar}) driven through a real Keycloak
 * and a headless Chromium, as a visitor would use it. Nothing is mocked.
 *
 * <p>{@link io.skillspassport.system.SystemTest} puts a test class on the shared environment: one
 * Keycloak, one portal and one browser per test run, started by {@link
 * io.skillspassport.system.SystemTestExtension}. Page objects ({@link
 * io.skillspassport.system.PortalPage}, {@link io.skillspassport.system.LoginForm}, ...) keep the
 * selectors in one place; {@link io.skillspassport.system.Browser} waits for full page loads and
 * Faces ajax requests instead of sleeping.
 */
package io.skillspassport.system;
