package io.skillspassport.assessments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * One sub-skill of one content version of a family's item bank and its target share of the scored
 * items of an adaptive test: the adaptive test serves next from the sub-skill whose share so far is
 * furthest below its target (Kingsbury &amp; Zara 1989). Immutable once installed, like the items.
 */
@Entity
@Table(name = "bank_subskill")
public class BankSubskill {

  @Id
  @SequenceGenerator(name = "sp_seq", sequenceName = "sp_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sp_seq")
  private Long id;

  @Column(name = "family_code", nullable = false, updatable = false)
  private String familyCode;

  @Column(name = "content_version", nullable = false, updatable = false)
  private int contentVersion;

  @Column(nullable = false, updatable = false, length = 60)
  private String code;

  @Column(nullable = false, updatable = false, length = 200)
  private String name;

  @Column(nullable = false, updatable = false)
  private double share;

  @Version private long version;

  protected BankSubskill() {}

  public BankSubskill(
      String familyCode, int contentVersion, String code, String name, double share) {
    this.familyCode = Objects.requireNonNull(familyCode, "familyCode");
    this.contentVersion = contentVersion;
    this.code = Objects.requireNonNull(code, "code");
    this.name = Objects.requireNonNull(name, "name");
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException(
          "The share of sub-skill " + code + " must lie in (0, 1], was " + share);
    }
    this.share = share;
  }

  public String familyCode() {
    return familyCode;
  }

  public int contentVersion() {
    return contentVersion;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public double share() {
    return share;
  }
}
