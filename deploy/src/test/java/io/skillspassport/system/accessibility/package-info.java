/**
 * Accessibility system tests: axe-core's WCAG 2.1 A/AA rules and a phone-width check on every page
 * of every audience, including Keycloak's sign-in and registration pages in the portal's theme.
 */
package io.skillspassport.system.accessibility;
