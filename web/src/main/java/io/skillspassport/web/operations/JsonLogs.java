package io.skillspassport.web.operations;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * With {@code PASSPORT_LOG_FORMAT=json}, every handler of the root logger writes one JSON object
 * per line ({@code time}, {@code level}, {@code logger}, {@code thread}, {@code message}, and
 * {@code exception} with the stack trace) for a log collector; otherwise Payara's own format stays.
 * Applied when the portal starts, so Payara's boot lines before it keep the plain format.
 */
@WebListener
public class JsonLogs implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    String format =
        ConfigProvider.getConfig()
            .getOptionalValue("passport.log.format", String.class)
            .orElse("plain")
            .strip();
    if ("json".equalsIgnoreCase(format)) {
      for (Handler handler : Logger.getLogger("").getHandlers()) {
        handler.setFormatter(new JsonFormatter());
      }
    }
  }

  /** One JSON object per record and line. */
  public static final class JsonFormatter extends Formatter {

    @Override
    public String format(LogRecord record) {
      StringBuilder json = new StringBuilder(256);
      json.append("{\"time\":\"").append(Instant.ofEpochMilli(record.getMillis())).append('"');
      field(json, "level", record.getLevel().getName());
      field(json, "logger", record.getLoggerName());
      field(json, "thread", String.valueOf(record.getLongThreadID()));
      field(json, "message", formatMessage(record));
      if (record.getThrown() != null) {
        StringWriter trace = new StringWriter();
        record.getThrown().printStackTrace(new PrintWriter(trace));
        field(json, "exception", trace.toString());
      }
      return json.append("}\n").toString();
    }

    private static void field(StringBuilder json, String name, String value) {
      json.append(",\"").append(name).append("\":");
      if (value == null) {
        json.append("null");
        return;
      }
      json.append('"');
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        switch (c) {
          case '"' -> json.append("\\\"");
          case '\\' -> json.append("\\\\");
          case '\n' -> json.append("\\n");
          case '\r' -> json.append("\\r");
          case '\t' -> json.append("\\t");
          default -> {
            if (c < 0x20) {
              json.append(String.format("\\u%04x", (int) c));
            } else {
              json.append(c);
            }
          }
        }
      }
      json.append('"');
    }
  }
}
