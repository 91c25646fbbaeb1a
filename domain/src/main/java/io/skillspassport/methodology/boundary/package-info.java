/** The scoring methodology as the portal applies it, with a worked example computed live. */
package io.skillspassport.methodology.boundary;
