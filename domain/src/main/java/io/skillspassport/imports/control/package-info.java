/** Storage of engines, imported results and candidates' engine codes. */
package io.skillspassport.imports.control;
