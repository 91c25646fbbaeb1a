/** Start-up of the persistence layer: the configured data source, migrations, shipped content. */
package io.skillspassport.platform.control;
