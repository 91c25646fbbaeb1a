/** Use cases on roles: the public catalogue and role pages. */
package io.skillspassport.roles.boundary;
