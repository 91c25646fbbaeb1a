package io.skillspassport.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link IssuerStatus} against a real HTTP server on loopback standing in for the issuer's
 * discovery address (the JDK's server, answering 200 or 503 as the test sets), and against a port
 * nobody listens on (Keycloak stopped). Time is a settable clock, so the cache is tested to the
 * second.
 */
class IssuerStatusTest {

  private HttpServer server;
  private final AtomicInteger status = new AtomicInteger(200);
  private final AtomicInteger asked = new AtomicInteger();
  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-12-01T03:00:00Z"));

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/realms/test/.well-known/openid-configuration",
        exchange -> {
          asked.incrementAndGet();
          byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status.get(), body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private IssuerStatus statusOf(String issuer) {
    IssuerStatus s = new IssuerStatus();
    s.oidc = new OidcSettings();
    s.oidc.issuer = issuer;
    s.clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now.get();
          }
        };
    return s;
  }

  private String issuer() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/test";
  }

  @Test
  void anIssuerThatPublishesItsDocumentAnswers() {
    assertThat(statusOf(issuer()).answers()).isTrue();
    assertThat(statusOf(issuer() + "/").answers()).isTrue();
  }

  @Test
  void anIssuerThatAnswersWithAnErrorDoesNot() {
    status.set(503);
    assertThat(statusOf(issuer()).answers()).isFalse();
  }

  @Test
  void anIssuerNobodyListensForDoesNot() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    assertThat(statusOf("http://127.0.0.1:" + closed + "/realms/test").answers()).isFalse();
  }

  @Test
  void theAnswerIsKeptForFiveSecondsThenAskedAgain() {
    IssuerStatus s = statusOf(issuer());
    assertThat(s.answers()).isTrue();
    status.set(503);
    now.set(now.get().plus(Duration.ofSeconds(IssuerStatus.CACHE_SECONDS).minusMillis(1)));
    assertThat(s.answers()).isTrue();
    assertThat(asked.get()).isEqualTo(1);
    now.set(now.get().plusMillis(1));
    assertThat(s.answers()).isFalse();
    assertThat(asked.get()).isEqualTo(2);
  }

  @Test
  void aShorterAgeAsksSooner() {
    IssuerStatus s = statusOf(issuer());
    assertThat(s.answers()).isTrue();
    status.set(503);
    now.set(now.get().plusMillis(999));
    assertThat(s.answers(Duration.ofSeconds(1))).isTrue();
    now.set(now.get().plusMillis(1));
    assertThat(s.answers(Duration.ofSeconds(1))).isFalse();
    assertThat(asked.get()).isEqualTo(2);
  }

  @Test
  void forgettingAsksAgainAtOnce() {
    IssuerStatus s = statusOf(issuer());
    assertThat(s.answers()).isTrue();
    status.set(503);
    s.forget();
    assertThat(s.answers()).isFalse();
    assertThat(asked.get()).isEqualTo(2);
  }
}
