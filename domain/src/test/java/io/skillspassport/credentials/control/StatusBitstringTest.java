package io.skillspassport.credentials.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The encodedList format, checked against the JDK's own GZIP and base64url rather than against the
 * codec itself: bit 0 is the high bit of byte 0, the list is 131,072 bits long.
 */
class StatusBitstringTest {

  @Test
  void encodesAsMultibaseBase64UrlOfGzipWithBitZeroFirst() throws Exception {
    String encoded = StatusBitstring.empty().set(0).set(9).set(131_071).encode();

    assertThat(encoded).startsWith("u").doesNotContain("=", "+", "/");
    byte[] raw =
        new GZIPInputStream(
                new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))
            .readAllBytes();
    assertThat(raw).hasSize(16_384);
    assertThat(raw[0]).isEqualTo((byte) 0x80);
    assertThat(raw[1]).isEqualTo((byte) 0x40);
    assertThat(raw[16_383]).isEqualTo((byte) 0x01);
    for (int i = 2; i < 16_383; i++) {
      assertThat(raw[i]).isZero();
    }
  }

  @Test
  void decodesWhatAnotherEncoderWrote() throws Exception {
    byte[] raw = new byte[16_384];
    raw[12] = (byte) 0x10; // bit 12·8 + 3 = 99
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(raw);
    }
    String encoded =
        "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());

    StatusBitstring bits = StatusBitstring.decode(encoded);

    assertThat(bits.length()).isEqualTo(131_072);
    assertThat(bits.isSet(99)).isTrue();
    assertThat(bits.isSet(98)).isFalse();
    assertThat(bits.isSet(100)).isFalse();
  }

  @Test
  void refusesShortListsAndOtherEncodings() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(new byte[1024]);
    }
    String tooShort =
        "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());

    assertThatThrownBy(() -> StatusBitstring.decode(tooShort))
        .hasMessageContaining("fewer than the minimum 131072");
    assertThatThrownBy(() -> StatusBitstring.decode("zABC")).hasMessageContaining("Multibase");
    assertThatThrownBy(() -> StatusBitstring.decode("uAAAA")).hasMessageContaining("GZIP");
  }

  @Test
  void slotsSpreadOverTheWholeListWithoutCollisions() {
    Set<Integer> seen = new HashSet<>();
    for (long slot = 0; slot < StatusBitstring.MIN_BITS; slot++) {
      assertThat(StatusSlots.list(slot)).isZero();
      seen.add(StatusSlots.index(slot));
    }
    assertThat(seen).hasSize(StatusBitstring.MIN_BITS);
    assertThat(StatusSlots.list(StatusBitstring.MIN_BITS)).isEqualTo(1);
    assertThat(StatusSlots.index(StatusBitstring.MIN_BITS)).isZero();
    assertThat(Math.abs(StatusSlots.index(1) - StatusSlots.index(2))).isGreaterThan(1000);
  }

  @Test
  void theIssuerDidFollowsDidWeb() {
    assertThat(new IssuerIdentity("http://localhost:8080").did())
        .isEqualTo("did:web:localhost%3A8080");
    assertThat(new IssuerIdentity("https://passport.example.org/").did())
        .isEqualTo("did:web:passport.example.org");
    assertThat(new IssuerIdentity("https://example.org/skills/passport").did())
        .isEqualTo("did:web:example.org:skills:passport");
    assertThatThrownBy(() -> new IssuerIdentity("ftp://example.org"))
        .hasMessageContaining("PASSPORT_BASE_URL");
  }
}
