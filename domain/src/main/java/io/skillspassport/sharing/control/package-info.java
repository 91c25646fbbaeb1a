/** Persistence of shares and viewings. */
package io.skillspassport.sharing.control;
