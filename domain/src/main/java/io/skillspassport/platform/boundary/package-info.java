/** What every boundary shares: the calling person and the access-denied signal. */
package io.skillspassport.platform.boundary;
