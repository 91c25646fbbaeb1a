package io.skillspassport.imports.entity;

/** How an engine's equating table was produced (the scoring tool's {@code equate --method}). */
public enum EquatingMethod {
  MEAN,
  LINEAR,
  EQUIPERCENTILE
}
