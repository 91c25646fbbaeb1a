/** The content shipped with the portal (families, roles) and its idempotent installation. */
package io.skillspassport.content.control;
