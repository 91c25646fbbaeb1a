/**
 * Public pages: role catalogue and role pages, assessments, methodology, the passport explained.
 */
package io.skillspassport.web.site;
