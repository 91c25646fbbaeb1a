/** System tests of the admin pages: role content editing and publishing in a real browser. */
package io.skillspassport.system.admin;
