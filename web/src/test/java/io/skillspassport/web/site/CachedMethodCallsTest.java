package io.skillspassport.web.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CachedMethodCallsTest {

  /** A record as the pages call them: {@code #{score.value()}}. */
  public record Score(int value, String family) {
    public int doubled(int factor) {
      return value * factor;
    }

    public String band(String low, String high) {
      return low + "–" + high;
    }

    public String label(int points) {
      return "±" + points;
    }

    public String label(String text) {
      return text;
    }

    public static Score zero() {
      return new Score(0, "");
    }

    public String failing() {
      throw new IllegalStateException("no band for " + family);
    }
  }

  private record Hidden(int value) {}

  private final CachedMethodCalls resolver = new CachedMethodCalls();

  @Test
  void aRecordAccessorIsCalledAndMarkedResolved() {
    ELContext context = new PlainContext();
    Object value = resolver.invoke(context, new Score(640, "PYTHON"), "value", null, null);
    assertThat(value).isEqualTo(640);
    assertThat(context.isPropertyResolved()).isTrue();

    ELContext again = new PlainContext();
    assertThat(
            resolver.invoke(
                again, new Score(512, "DATA"), "family", new Class<?>[0], new Object[0]))
        .as("the cached handle serves the next object of the class")
        .isEqualTo("DATA");
    assertThat(again.isPropertyResolved()).isTrue();
  }

  @Test
  void aChainOfCallsThroughOptionalResolvesLikeThePages() {
    ELContext context = new PlainContext();
    Object current = resolver.invoke(context, Optional.of(new Score(700, "X")), "get", null, null);
    assertThat(current).isEqualTo(new Score(700, "X"));
    assertThat(resolver.invoke(new PlainContext(), current, "value", null, null)).isEqualTo(700);
  }

  @Test
  void argumentsOfTheParametersTypesArePassedAsTheyAre() {
    ELContext context = new PlainContext();
    assertThat(resolver.invoke(context, new Score(300, "X"), "doubled", null, new Object[] {2}))
        .isEqualTo(600);
    assertThat(context.isPropertyResolved()).isTrue();
    assertThat(
            resolver.invoke(
                new PlainContext(),
                new Score(1, "X"),
                "band",
                new Class<?>[] {String.class, String.class},
                new Object[] {"580", "640"}))
        .isEqualTo("580–640");
  }

  @Test
  void callsItCannotAnswerExactlyAreLeftToTheNextResolver() {
    Score score = new Score(600, "X");
    assertUnresolved(score, "doubled", null, new Object[] {2L});
    assertUnresolved(score, "doubled", null, new Object[] {"2"});
    assertUnresolved(score, "band", null, new Object[] {"580", null});
    assertUnresolved(score, "doubled", new Class<?>[] {long.class}, new Object[] {2});
    assertUnresolved(score, "label", null, new Object[] {"overloaded"});
    assertUnresolved(score, "noSuchMethod", null, null);
    assertUnresolved(score, "zero", null, null);
    assertUnresolved(new Hidden(1), "value", null, null);
    assertUnresolved(List.of(1, 2, 3), "size", null, null);
    assertUnresolved(null, "value", null, null);
  }

  @Test
  void whatTheMethodThrowsArrivesAsTheCauseOfAnElException() {
    assertThatThrownBy(
            () -> resolver.invoke(new PlainContext(), new Score(1, "COMMS"), "failing", null, null))
        .isInstanceOf(ELException.class)
        .cause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no band for COMMS");
  }

  private void assertUnresolved(Object base, String method, Class<?>[] types, Object[] params) {
    ELContext context = new PlainContext();
    assertThat(resolver.invoke(context, base, method, types, params)).isNull();
    assertThat(context.isPropertyResolved()).as(method + " left unresolved").isFalse();
  }

  /** The smallest EL context: the resolver under test needs none of its parts. */
  private static final class PlainContext extends ELContext {
    @Override
    public ELResolver getELResolver() {
      return null;
    }

    @Override
    public FunctionMapper getFunctionMapper() {
      return null;
    }

    @Override
    public VariableMapper getVariableMapper() {
      return null;
    }
  }
}
