package io.skillspassport.roles.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A named variant of a role's weights that employers can start a bundle from, such as the seed
 * guide's "theoretical research" (Cognitive Reasoning higher) and "applied research" (Python and AI
 * Output Evaluation higher).
 */
@Entity
@Table(name = "weight_preset")
public class WeightPreset {

  @Id
  @SequenceGenerator(name = "sp_seq", sequenceName = "sp_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sp_seq")
  private Long id;

  @Column(name = "preset_key", nullable = false)
  private String key;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false, length = 4000)
  private String description;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "preset_weight", joinColumns = @JoinColumn(name = "preset_id"))
  @MapKeyColumn(name = "family_code")
  @Column(name = "relevance", precision = 3, scale = 2, nullable = false)
  private Map<String, BigDecimal> weights = new LinkedHashMap<>();

  protected WeightPreset() {}

  public WeightPreset(
      String key, String name, String description, Map<String, BigDecimal> weights) {
    this.key = Objects.requireNonNull(key, "key");
    this.name = Objects.requireNonNull(name, "name");
    this.description = Objects.requireNonNull(description, "description");
    Objects.requireNonNull(weights, "weights")
        .forEach((family, w) -> this.weights.put(family, RoleWeight.requireRelevance(family, w)));
  }

  public String key() {
    return key;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public Map<String, BigDecimal> weights() {
    return Collections.unmodifiableMap(weights);
  }
}
