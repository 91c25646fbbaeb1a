/** Use cases on roles: the public catalogue and role pages, and content administration. */
package io.skillspassport.roles.boundary;
