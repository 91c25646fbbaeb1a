/**
 * The reporting scale: θ and its standard error mapped onto the 300–850 scale with a reported
 * integer score, its SEM and a 95% band. All constants live in {@link
 * io.skillspassport.scoring.scale.ReportingScale}.
 */
package io.skillspassport.scoring.scale;
