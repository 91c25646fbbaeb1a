package io.skillspassport.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The readiness probe's database check against real H2 databases: a database that opens answers; a
 * database that cannot be opened (an in-memory name that does not exist, opened with {@code
 * IFEXISTS=TRUE}) does not, and the probe says so instead of throwing.
 */
class DatabaseProbeTest {

  @Test
  void aDatabaseThatOpensAnswers() {
    String url = "jdbc:h2:mem:probe" + UUID.randomUUID().toString().replace("-", "");

    assertThat(probe(url, "sa").answers()).isTrue();
  }

  @Test
  void aDatabaseThatCannotBeOpenedDoesNotAnswerAndNothingIsThrown() {
    String missing = "jdbc:h2:mem:gone" + UUID.randomUUID().toString().replace("-", "");

    assertThat(probe(missing + ";IFEXISTS=TRUE", "sa").answers()).isFalse();
  }

  private static DatabaseProbe probe(String url, String user) {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL(url);
    source.setUser(user);
    DatabaseProbe probe = new DatabaseProbe();
    probe.dataSource = source;
    return probe;
  }
}
