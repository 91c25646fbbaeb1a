package io.skillspassport.imports.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.assessments.boundary.TestAssessmentFamilies;
import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.control.AuditLogFixture;
import io.skillspassport.imports.control.ImportStore;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.testing.Database;
import io.skillspassport.testing.FixedCaller;
import io.skillspassport.testing.ShippedFamiliesAndRoles;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Registering outside assessment engines and uploading their equating tables through the real
 * import store and audit log on a migrated H2 holding the shipped families: a client id is
 * registered once, families must exist, an equating table must parse and its equivalents lie on
 * 300–850, the linking error is a number ≥ 0; every change is audited and only admins may make one.
 * Every test registers a client id of its own, so the tests share one database.
 */
class EnginesTest {

  private static final FixedCaller ADMIN = new FixedCaller("ada", null, Set.of(Caller.ADMIN));

  /** Three points of an {@code equate} output: raw 0, 10, 20 onto 320, 575 and 830. */
  private static final String TABLE = "x ey\n0 320\n# a comment\n\n10 575\n20 830\n";

  private static Database db;

  private final String client = "engine-" + UUID.randomUUID().toString().substring(0, 8);

  private final List<String> denied = new ArrayList<>();

  @BeforeAll
  static void shippedFamilies() {
    db = ShippedFamiliesAndRoles.database(EnginesTest.class);
  }

  @Test
  void anEngineIsRegisteredForExistingFamiliesAndItsTableUploaded() {
    EngineSummary registered =
        call(
            ADMIN,
            e ->
                e.register(
                    " Acme Tests ",
                    " " + client + " ",
                    " 0–20 raw points ",
                    List.of(" data_analysis ", "PYTHON_FUNDAMENTALS", "DATA_ANALYSIS")));

    assertThat(registered.name()).isEqualTo("Acme Tests");
    assertThat(registered.clientId()).isEqualTo(client);
    assertThat(registered.scaleDescription()).isEqualTo("0–20 raw points");
    assertThat(registered.families()).containsExactly("DATA_ANALYSIS", "PYTHON_FUNDAMENTALS");
    assertThat(registered.table()).isEmpty();

    EngineSummary uploaded =
        call(ADMIN, e -> e.uploadTable(registered.id(), " Linear ", TABLE, 12.5));

    EngineSummary.TableSummary table = uploaded.table().orElseThrow();
    assertThat(table.method()).isEqualTo("linear");
    assertThat(table.points()).isEqualTo(3);
    assertThat(table.minScore()).isEqualTo(0.0);
    assertThat(table.maxScore()).isEqualTo(20.0);
    assertThat(table.linkingError()).isCloseTo(12.5, within(1e-12));
    assertThat(table.text()).isEqualTo("x ey\n0.0 320.0\n10.0 575.0\n20.0 830.0\n");
    assertThat(uploaded.results()).isZero();
    assertThat(call(ADMIN, Engines::overview))
        .filteredOn(s -> s.clientId().equals(client))
        .singleElement()
        .satisfies(s -> assertThat(s.table()).isPresent());
    assertThat(
            db.<Long>inTransaction(
                em -> AuditLogFixture.of(em).count("engine " + client, AuditAction.ENGINE_CHANGED)))
        .isEqualTo(2);
  }

  @Test
  void registrationsThatCannotWorkAreRefusedNamingTheField() {
    call(ADMIN, e -> e.register("First", client, "scale", List.of("COMMUNICATION")));

    assertThat(registered("Again", client, "scale", List.of("COMMUNICATION")))
        .isEqualTo("clientId");
    assertThat(registered("Bad", "has space", "scale", List.of("COMMUNICATION")))
        .isEqualTo("clientId");
    assertThat(registered("Bad", "-leading", "scale", List.of("COMMUNICATION")))
        .isEqualTo("clientId");
    assertThat(registered("Bad", null, "scale", List.of("COMMUNICATION"))).isEqualTo("clientId");
    assertThat(registered("Bad", "x".repeat(201), "scale", List.of("COMMUNICATION")))
        .isEqualTo("clientId");
    assertThat(registered(" ", client + "-2", "scale", List.of("COMMUNICATION"))).isEqualTo("name");
    assertThat(registered("n".repeat(201), client + "-2", "scale", List.of("COMMUNICATION")))
        .isEqualTo("name");
    assertThat(registered("Ok", client + "-2", null, List.of("COMMUNICATION"))).isEqualTo("scale");
    assertThat(registered("Ok", client + "-2", "s".repeat(1001), List.of("COMMUNICATION")))
        .isEqualTo("scale");
    assertThat(registered("Ok", client + "-2", "scale", List.of())).isEqualTo("families");
    assertThat(registered("Ok", client + "-2", "scale", null)).isEqualTo("families");
    assertThat(registered("Ok", client + "-2", "scale", List.of("ASTROLOGY")))
        .isEqualTo("families");
    // The edges fit: a 200-character name and client id, a 1000-character scale.
    String longest = client + "-" + "x".repeat(200 - client.length() - 1);
    assertThat(
            call(
                    ADMIN,
                    e ->
                        e.register(
                            "n".repeat(200),
                            longest,
                            "s".repeat(1000),
                            List.of("PYTHON_FUNDAMENTALS")))
                .clientId())
        .hasSize(200);
  }

  @Test
  void tablesThatCannotBeUsedAreRefusedNamingTheField() {
    long id =
        call(ADMIN, e -> e.register("Tables", client, "scale", List.of("COMMUNICATION"))).id();

    assertThat(uploaded(id, "median", TABLE, 1)).isEqualTo("method");
    assertThat(uploaded(id, null, TABLE, 1)).isEqualTo("method");
    assertThat(uploaded(id, "mean", " ", 1)).isEqualTo("table");
    assertThat(uploaded(id, "mean", null, 1)).isEqualTo("table");
    assertThat(uploaded(id, "mean", "0 320\n10 575 9\n", 1)).isEqualTo("table");
    assertThat(uploaded(id, "mean", "0 320\nten 575\n", 1)).isEqualTo("table");
    assertThat(uploaded(id, "mean", "0 299\n10 575\n", 1)).isEqualTo("table");
    assertThat(uploaded(id, "mean", "0 320\n10 851\n", 1)).isEqualTo("table");
    assertThat(uploaded(id, "mean", "0 " + "3".repeat(65535), 1)).isEqualTo("table");
    assertThat(uploaded(id, "mean", TABLE, -0.5)).isEqualTo("linkingError");
    assertThat(uploaded(id, "mean", TABLE, Double.NaN)).isEqualTo("linkingError");
    assertThat(uploaded(id, "mean", TABLE, Double.POSITIVE_INFINITY)).isEqualTo("linkingError");
    assertThat(uploaded(Long.MAX_VALUE, "mean", TABLE, 1)).isEqualTo("engine");
    // The ends of the scale and a linking error of 0 are accepted.
    assertThat(
            call(ADMIN, e -> e.uploadTable(id, "equipercentile", "0 300\n10 850\n", 0))
                .table()
                .orElseThrow()
                .method())
        .isEqualTo("equipercentile");
  }

  @Test
  void nobodyButAnAdminManagesEngines() {
    FixedCaller employer = FixedCaller.employer("erin", "northwind-labs");

    assertThatThrownBy(() -> call(employer, Engines::overview)).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(
            () -> call(employer, e -> e.register("x", client, "s", List.of("COMMUNICATION"))))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> call(employer, e -> e.uploadTable(1, "mean", TABLE, 1)))
        .isInstanceOf(AccessDenied.class);
    assertThat(denied)
        .containsExactly(
            "the engine list", "registering an assessment engine", "uploading an equating table");
  }

  private String registered(String name, String clientId, String scale, List<String> families) {
    try {
      call(ADMIN, e -> e.register(name, clientId, scale, families));
    } catch (Rejected rejected) {
      return rejected.field();
    }
    throw new AssertionError("not refused");
  }

  private String uploaded(long id, String method, String table, double linkingError) {
    try {
      call(ADMIN, e -> e.uploadTable(id, method, table, linkingError));
    } catch (Rejected rejected) {
      return rejected.field();
    }
    throw new AssertionError("not refused");
  }

  private <T> T call(FixedCaller caller, Function<Engines, T> use) {
    return db.inTransaction(
        em -> {
          Guard guard =
              new Guard(caller) {
                @Override
                public AccessDenied refuse(String what, String reason, String message) {
                  denied.add(what);
                  return super.refuse(what, reason, message);
                }
              };
          Engines engines = new Engines();
          engines.clock = java.time.Clock.systemUTC();
          engines.store = new ImportStore(em);
          engines.families = TestAssessmentFamilies.of(em, caller, guard);
          engines.guard = guard;
          engines.log =
              io.skillspassport.audit.boundary.TestAuditTrail.of(AuditLogFixture.of(em), caller);
          return use.apply(engines);
        });
  }
}
