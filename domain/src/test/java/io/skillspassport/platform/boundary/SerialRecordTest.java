package io.skillspassport.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillspassport.sharing.boundary.ShareEntry;
import io.skillspassport.sharing.boundary.ShareStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Records with optional components survive serialization, as a clustered session needs. */
class SerialRecordTest {

  record Sample(
      String name,
      Optional<Instant> at,
      OptionalInt count,
      OptionalDouble mean,
      List<OptionalDouble> errors)
      implements Serializable {
    Sample {
      if (name.isBlank()) {
        throw new IllegalArgumentException("blank name");
      }
    }

    @Serial
    private Object writeReplace() {
      return SerialRecord.of(this);
    }
  }

  record Plain(String name, Optional<String> note) implements Serializable {}

  @Test
  void presentAndEmptyOptionalsComeBackAsTheyWere() throws Exception {
    var full =
        new Sample(
            "a",
            Optional.of(Instant.parse("2026-11-30T12:00:00Z")),
            OptionalInt.of(3),
            OptionalDouble.of(0.25),
            List.of(OptionalDouble.of(0.1), OptionalDouble.empty()));
    var empty =
        new Sample("b", Optional.empty(), OptionalInt.empty(), OptionalDouble.empty(), List.of());

    assertThat(roundTrip(full)).isEqualTo(full);
    assertThat(roundTrip(empty)).isEqualTo(empty);
  }

  @Test
  void aBoundaryRecordWithOptionalsSerializes() throws Exception {
    var share =
        new ShareEntry(
            7L,
            "northwind-labs",
            "Northwind Labs",
            Instant.parse("2026-11-30T12:00:00Z"),
            Optional.empty(),
            Optional.of(Instant.parse("2026-12-01T12:00:00Z")),
            ShareStatus.ACTIVE);

    assertThat(roundTrip(share)).isEqualTo(share);
  }

  /** The control: without the serial form an optional component cannot be written. */
  @Test
  void withoutItAnOptionalComponentCannotBeWritten() {
    assertThatThrownBy(() -> roundTrip(new Plain("a", Optional.of("x"))))
        .isInstanceOf(NotSerializableException.class)
        .hasMessageContaining("java.util.Optional");
  }

  private static Object roundTrip(Object value) throws Exception {
    var bytes = new ByteArrayOutputStream();
    try (var out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
