/** System tests of the employer pages: bundles, comparison, CSV export. */
package io.skillspassport.system.employer;
