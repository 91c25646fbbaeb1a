/**
 * Results from outside assessment engines: admins register engines with their equating tables,
 * engines post results through the API, candidates accept or decline them.
 */
package io.skillspassport.imports.boundary;
