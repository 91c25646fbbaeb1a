/** System tests of the score-ingestion API, the engines' admin page and result withdrawal. */
package io.skillspassport.system.imports;
