package io.skillspassport.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** Each log record becomes one line holding one JSON object that a JSON parser reads back. */
class JsonLogsTest {

  @Test
  void writesOneParsableObjectPerLineWithTheExceptionTrace() {
    LogRecord record =
        new LogRecord(Level.WARNING, "Bundle \"Q3\"\tsaved by {0}\nsecond line \u0001");
    record.setParameters(new Object[] {"erin"});
    record.setLoggerName("io.skillspassport.Test");
    record.setInstant(Instant.parse("2026-11-30T12:00:00Z"));
    record.setThrown(new IllegalStateException("boom"));

    String line = new JsonLogs.JsonFormatter().format(record);

    assertThat(line).endsWith("}\n");
    assertThat(line.substring(0, line.length() - 1)).doesNotContain("\n");
    JsonObject json = Json.createReader(new StringReader(line)).readObject();
    assertThat(json.getString("time")).isEqualTo("2026-11-30T12:00:00Z");
    assertThat(json.getString("level")).isEqualTo("WARNING");
    assertThat(json.getString("logger")).isEqualTo("io.skillspassport.Test");
    assertThat(json.getString("message"))
        .isEqualTo("Bundle \"Q3\"\tsaved by erin\nsecond line \u0001");
    assertThat(json.getString("exception"))
        .startsWith("java.lang.IllegalStateException: boom")
        .contains("writesOneParsableObjectPerLineWithTheExceptionTrace");
  }
}
