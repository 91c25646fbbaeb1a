package io.skillspassport.content.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every key of every multiple-choice bank in {@link BankFiles#MULTIPLE_CHOICE}, recomputed: each
 * item carries a {@code check}, a Python 3 program (standard library only) that restates the item's
 * data or premises and computes the answer from them — the statistic from the table, the next term
 * from the rule, the conclusion by brute force over every assignment or ordering that satisfies the
 * premises. The test runs it with {@code python3 -I -S} (isolated: no environment hooks, no
 * site-packages, so only the standard library counts) and a {@value #TIMEOUT_SECONDS}-second limit,
 * and requires that its output, stripped of surrounding white space, equals the option marked
 * correct and no other option.
 *
 * <p>A missing {@code python3} fails the test rather than skipping it: an unchecked key must never
 * look like a checked one.
 */
class ItemKeysTest {

  static final long TIMEOUT_SECONDS = 10;

  @TempDir Path work;

  @TestFactory
  Stream<DynamicNode> everyKeyIsWhatItsCheckComputes() {
    return BankFiles.MULTIPLE_CHOICE.stream()
        .map(
            file ->
                DynamicContainer.dynamicContainer(
                    file,
                    BankFiles.read(file)
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(
                            item ->
                                DynamicTest.dynamicTest(
                                    item.getString("code", "?"), () -> keyMatchesCheck(item)))));
  }

  @Test
  void theRunnerReportsOutputAndExitCode() throws Exception {
    assertThat(run("print('12')").output()).isEqualTo("12");
    assertThat(run("import sys\nsys.exit(3)").exitCode()).isEqualTo(3);
  }

  @Test
  void aCheckThatNeverEndsIsStoppedAtTheTimeLimit() throws Exception {
    long start = System.nanoTime();
    Result r = run("while True:\n    pass");
    assertThat(r.timedOut()).isTrue();
    assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start))
        .isLessThan(TIMEOUT_SECONDS + 5);
  }

  private void keyMatchesCheck(JsonObject item) throws Exception {
    String code = item.getString("code", "?");
    String check = item.getString("check", "");
    assertThat(check).as("%s has a check program", code).isNotBlank();
    List<String> options =
        item.getJsonArray("options").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList();
    String key = options.get(item.getInt("correct"));
    Result r = run(check);
    assertThat(r.timedOut()).as("%s: check ran longer than %d s", code, TIMEOUT_SECONDS).isFalse();
    assertThat(r.exitCode()).as("%s: check failed:%n%s", code, r.errors()).isZero();
    assertThat(r.output()).as("%s: check output vs the key", code).isEqualTo(key);
    for (int i = 0; i < options.size(); i++) {
      if (i != item.getInt("correct")) {
        assertThat(r.output())
            .as("%s: check output equals distractor %d", code, i)
            .isNotEqualTo(options.get(i));
      }
    }
  }

  /** What one run of a check produced. */
  record Result(boolean timedOut, int exitCode, String output, String errors) {}

  private Result run(String program) throws IOException, InterruptedException {
    Path source = Files.createTempFile(work, "check", ".py");
    Path out = Files.createTempFile(work, "check", ".out");
    Path err = Files.createTempFile(work, "check", ".err");
    Files.writeString(source, program, StandardCharsets.UTF_8);
    ProcessBuilder builder = new ProcessBuilder("python3", "-I", "-S", source.toString());
    builder.environment().put("PYTHONIOENCODING", "utf-8");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      return fail(
          "python3 is needed to check the item keys and could not be started: " + e.getMessage());
    }
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      return new Result(true, -1, "", "");
    }
    return new Result(
        false,
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8).strip(),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
