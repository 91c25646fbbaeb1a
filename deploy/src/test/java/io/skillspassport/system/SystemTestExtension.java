package io.skillspassport.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Connects system tests to the shared {@link SystemEnvironment}: starts it once per run, hands out
 * {@link Portal} and {@link Browser}, gives every test a browser without cookies, cache or storage,
 * and keeps a screenshot plus the page source of every failing test.
 */
public final class SystemTestExtension
    implements BeforeEachCallback, AfterTestExecutionCallback, ParameterResolver {

  private static final Logger LOG = Logger.getLogger(SystemTestExtension.class.getName());
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SystemTestExtension.class);
  private static final Pattern INVOCATION = Pattern.compile("^\\[(\\d+)]");

  @Override
  public void beforeEach(ExtensionContext context) {
    SystemEnvironment environment = environment(context);
    environment.browser().resetState(environment.portal());
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isEmpty()) {
      return;
    }
    SystemEnvironment environment = environment(context);
    String name = fileName(context);
    if ("about:blank".equals(environment.browser().currentUrl())) {
      return; // an HTTP-level test: the browser has nothing to show
    }
    try {
      Files.createDirectories(environment.screenshotsDir());
      Path png = environment.screenshotsDir().resolve(name + ".png");
      Files.write(png, environment.browser().screenshot());
      Path html = environment.screenshotsDir().resolve(name + ".html");
      String source =
          "<!-- "
              + environment.browser().currentUrl()
              + " -->\n"
              + environment.browser().pageSource();
      Files.writeString(html, source, StandardCharsets.UTF_8);
      LOG.info(() -> "failed test " + name + ": screenshot " + png + ", page source " + html);
    } catch (IOException | RuntimeException e) {
      // The test has failed already; a missing screenshot must not hide why.
      LOG.warning(() -> "no screenshot for " + name + ": " + e);
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Portal.class || type == Browser.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    SystemEnvironment environment = environment(context);
    return parameter.getParameter().getType() == Portal.class
        ? environment.portal()
        : environment.browser();
  }

  private static SystemEnvironment environment(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            SystemEnvironment.class, key -> SystemEnvironment.start(), SystemEnvironment.class);
  }

  /** {@code <TestClass>-<method>}, plus the invocation number of a parameterized test. */
  private static String fileName(ExtensionContext context) {
    String name =
        context.getRequiredTestClass().getSimpleName()
            + "-"
            + context.getRequiredTestMethod().getName();
    Matcher invocation = INVOCATION.matcher(context.getDisplayName());
    return invocation.find() ? name + "-" + invocation.group(1) : name;
  }

  /**
   * For a test class that starts its own portals and Keycloak from the same {@code deploy/target}
   * ({@code ClusterIT}): stops the shared environment if this run has started it, so that its run
   * lock and Keycloak home are free; the next class that needs it starts it again. Without this the
   * class passed only when it ran before every other system test (found by the reverse-order run).
   */
  public static final class StopsSharedEnvironment implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
      SystemEnvironment running =
          context
              .getRoot()
              .getStore(NAMESPACE)
              .remove(SystemEnvironment.class, SystemEnvironment.class);
      if (running != null) {
        LOG.info("stopping the shared system-test environment for " + context.getDisplayName());
        running.close();
      }
    }
  }
}
