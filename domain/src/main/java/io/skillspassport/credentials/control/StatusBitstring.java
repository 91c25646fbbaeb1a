package io.skillspassport.credentials.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The bitstring of a Bitstring Status List v1.0 and its {@code encodedList} form: GZIP (RFC 1952)
 * of the bits, base64url without padding (RFC 4648), with the Multibase prefix {@code u}. Bit 0 is
 * the most significant bit of the first byte, as the specification's examples and every known
 * implementation read it. A list is at least {@value #MIN_BITS} bits (16 KiB) long, the
 * specification's minimum, so that one credential's index hides among many others.
 */
public final class StatusBitstring {

  /** The specification's minimum length: 131,072 bits. */
  public static final int MIN_BITS = 131_072;

  /** The largest decompressed list {@link #decode} accepts (16 MiB), against GZIP bombs. */
  static final int MAX_BYTES = 16 * 1024 * 1024;

  private final byte[] bytes;

  private StatusBitstring(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A list of {@value #MIN_BITS} zero bits. */
  public static StatusBitstring empty() {
    return new StatusBitstring(new byte[MIN_BITS / 8]);
  }

  /** Sets bit {@code index} to 1. */
  public StatusBitstring set(int index) {
    check(index);
    bytes[index / 8] |= (byte) (0x80 >>> (index % 8));
    return this;
  }

  /** Whether bit {@code index} is 1. */
  public boolean isSet(int index) {
    check(index);
    return (bytes[index / 8] & (0x80 >>> (index % 8))) != 0;
  }

  /** The number of bits. */
  public int length() {
    return bytes.length * 8;
  }

  /** The {@code encodedList} value: {@code u} + base64url(GZIP(bits)). */
  public String encode() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
  }

  /**
   * Reads an {@code encodedList}.
   *
   * @throws IllegalArgumentException when it is not Multibase base64url of GZIP data, is shorter
   *     than {@value #MIN_BITS} bits or decompresses to more than 16 MiB
   */
  public static StatusBitstring decode(String encodedList) {
    if (encodedList == null || !encodedList.startsWith("u")) {
      throw new IllegalArgumentException(
          "encodedList must be Multibase base64url (starting with 'u')");
    }
    byte[] compressed;
    try {
      compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("encodedList is not base64url: " + e.getMessage(), e);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
      byte[] buffer = new byte[8192];
      int n;
      while ((n = in.read(buffer)) != -1) {
        out.write(buffer, 0, n);
        if (out.size() > MAX_BYTES) {
          throw new IllegalArgumentException("encodedList decompresses to more than 16 MiB");
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("encodedList is not GZIP data: " + e.getMessage(), e);
    }
    if (out.size() * 8L < MIN_BITS) {
      throw new IllegalArgumentException(
          "encodedList holds " + out.size() * 8L + " bits, fewer than the minimum " + MIN_BITS);
    }
    return new StatusBitstring(out.toByteArray());
  }

  private void check(int index) {
    if (index < 0 || index >= length()) {
      throw new IllegalArgumentException(
          "Status index " + index + " is outside the list of " + length() + " bits");
    }
  }
}
