package io.skillspassport.assessments.boundary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The assessment families in display order, as value records: the one place every component and
 * page asks for a family's name, slug or whether it exists, given its code. Weights, results,
 * bundles and shares refer to families by code only; nothing else keeps a code → name map.
 *
 * @param families every family, in display order
 */
public record FamilyCatalogue(List<FamilySummary> families) {

  public FamilyCatalogue {
    families = List.copyOf(families);
  }

  /** Family code → name, in display order. */
  public Map<String, String> names() {
    Map<String, String> names = new LinkedHashMap<>();
    families.forEach(f -> names.putIfAbsent(f.code(), f.name()));
    return Collections.unmodifiableMap(names);
  }

  /**
   * The name of the family with {@code code}, or the code itself when no family has it (a result or
   * weight may outlive a family's row, and a page still needs a label).
   */
  public String nameOf(String code) {
    return find(code).map(FamilySummary::name).orElse(code);
  }

  /** The family with {@code code}, if there is one. */
  public Optional<FamilySummary> find(String code) {
    return families.stream().filter(f -> f.code().equals(code)).findFirst();
  }

  /** Whether a family has {@code code}. */
  public boolean contains(String code) {
    return find(code).isPresent();
  }

  /** Every family code, in display order. */
  public List<String> codes() {
    return families.stream().map(FamilySummary::code).toList();
  }
}
