package io.skillspassport.passports.entity;

/** Where a passport score came from. */
public enum Provenance {
  /** A sample assessment taken in the portal, scored by EAP. */
  SAMPLE,
  /** An external score linked onto the scale by equating. */
  IMPORTED,
  /** A proctored sitting. */
  PROCTORED
}
