/** Persistence of roles: the repository the role boundaries use. */
package io.skillspassport.roles.control;
