/**
 * Item calibration: estimating item parameters from response data by marginal maximum likelihood
 * (Bock–Aitkin EM, then Newton on the observed information), with standard errors, convergence and
 * identification checks, fixed-parameter (anchor) calibration and Orlando–Thissen S-X² item fit.
 * See {@link io.skillspassport.scoring.calibration.Calibrator} for the methods and conventions.
 */
package io.skillspassport.scoring.calibration;
