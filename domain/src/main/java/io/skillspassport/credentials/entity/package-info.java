/** The issued credentials the portal remembers: status list slot, revocation, the families. */
package io.skillspassport.credentials.entity;
