package io.skillspassport.imports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An outside assessment engine an admin registered: its name, the Keycloak client it authenticates
 * as (client credentials), a description of its external scale, the families it may send results
 * for, and — once uploaded — its equating table onto 300–850 with the table's linking error.
 */
@Entity
@Table(name = "assessment_engine")
public class AssessmentEngine {

  @Id
  @SequenceGenerator(name = "sp_seq", sequenceName = "sp_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sp_seq")
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "client_id", nullable = false, updatable = false, length = 200)
  private String clientId;

  @Column(name = "scale_description", nullable = false, length = 1000)
  private String scaleDescription;

  /** Comma-separated family codes. */
  @Column(name = "family_codes", nullable = false, length = 400)
  private String familyCodes;

  @Enumerated(EnumType.STRING)
  @Column(name = "equating_method", length = 20)
  private EquatingMethod equatingMethod;

  @Column(name = "equating_table", length = 65535)
  private String equatingTable;

  @Column(name = "linking_error")
  private Double linkingError;

  @Column(name = "table_uploaded_at")
  private Instant tableUploadedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected AssessmentEngine() {}

  public AssessmentEngine(
      String name,
      String clientId,
      String scaleDescription,
      List<String> familyCodes,
      Instant createdAt) {
    this.name = Objects.requireNonNull(name, "name");
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.scaleDescription = Objects.requireNonNull(scaleDescription, "scaleDescription");
    if (familyCodes.isEmpty()) {
      throw new IllegalArgumentException("An engine sends results for at least one family");
    }
    this.familyCodes = String.join(",", familyCodes);
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Replaces the equating table (the text the scoring tool prints) and its linking error. */
  public void useTable(
      EquatingMethod method, String table, double linkingError, Instant uploadedAt) {
    if (!(linkingError >= 0) || !Double.isFinite(linkingError)) {
      throw new IllegalArgumentException("A linking error is finite and >= 0; was " + linkingError);
    }
    this.equatingMethod = Objects.requireNonNull(method, "method");
    this.equatingTable = Objects.requireNonNull(table, "table");
    this.linkingError = linkingError;
    this.tableUploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String clientId() {
    return clientId;
  }

  public String scaleDescription() {
    return scaleDescription;
  }

  public List<String> familyCodes() {
    return Arrays.stream(familyCodes.split(",")).filter(c -> !c.isBlank()).toList();
  }

  public Optional<EquatingMethod> equatingMethod() {
    return Optional.ofNullable(equatingMethod);
  }

  public Optional<String> equatingTable() {
    return Optional.ofNullable(equatingTable);
  }

  public Optional<Double> linkingError() {
    return Optional.ofNullable(linkingError);
  }

  public Optional<Instant> tableUploadedAt() {
    return Optional.ofNullable(tableUploadedAt);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
