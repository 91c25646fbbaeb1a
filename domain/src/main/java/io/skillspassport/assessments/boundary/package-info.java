/** Use cases on assessment families: the public assessment catalogue. */
package io.skillspassport.assessments.boundary;
