/** Use cases on assessment families: the public assessment catalogue and its administration. */
package io.skillspassport.assessments.boundary;
