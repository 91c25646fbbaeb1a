/**
 * The rubric form shared by the admin's editor of the portal's rubrics and the employer's
 * adaptation of a rubric for one bundle: the same fields, two boundaries.
 */
package io.skillspassport.web.rubric;
