package io.skillspassport.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The clustered portal as {@code deploy/bin/cluster.sh} starts it (issue 13 items 1–2, issue 19
 * item 2): PostgreSQL, Keycloak, two Payara Micro instances in one data grid, nginx in front. The
 * script itself runs, on free ports, with its run folder under {@code deploy/target}; the tests
 * read its {@code cluster.env}, pid files and nginx's access log (which names the instance that
 * answered each request).
 *
 * <p>Not part of the default run (about three minutes more on an idle machine): {@code mvn -pl
 * deploy -am verify -Pcluster -Dit.test=ClusterIT -Dtest=NoSuch
 * -Dsurefire.failIfNoSpecifiedTests=false}. Needs the Debian packages {@code nginx} and {@code
 * postgresql}.
 *
 * <p>The last test kills an instance, so it runs last ({@link Order}); the others leave the cluster
 * as they found it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SystemTestExtension.StopsSharedEnvironment.class)
class ClusterIT {

  private static ClusterRun cluster;
  private static Browser browser;

  @BeforeAll
  static void startCluster() {
    Path repoRoot = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
    Path targetDir = repoRoot.resolve("deploy/target");
    cluster = ClusterRun.start(repoRoot, targetDir);
    browser = Browser.launch(targetDir);
  }

  @AfterAll
  static void stopCluster() {
    if (browser != null) {
      browser.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void theInstancesListenOnLoopbackOnlyTheGridPortsIncluded() {
    List<ListeningSocketsIT.Listening> listening = ListeningSocketsIT.listeningSockets();
    for (int instance = 1; instance <= 2; instance++) {
      long pid = cluster.pid(instance);
      var inodes = ListeningSocketsIT.socketInodesOf(pid);
      var own = listening.stream().filter(l -> inodes.contains(l.inode())).toList();

      assertThat(own)
          .as("listening sockets of instance %d (pid %d)", instance, pid)
          .extracting(ListeningSocketsIT.Listening::port)
          .contains(cluster.portalPort(instance), cluster.gridPort(instance));
      assertThat(own)
          .as("listening sockets of instance %d (pid %d)", instance, pid)
          .allSatisfy(l -> assertThat(l.address().isLoopbackAddress()).as(l.toString()).isTrue());
    }
  }

  @Test
  @Order(2)
  void theGridCannotBeReachedOnTheMachinesOtherAddresses() {
    Optional<InetAddress> outside = nonLoopbackAddress();
    assumeThat(outside).as("a non-loopback IPv4 address on this machine").isPresent();
    for (int instance = 1; instance <= 2; instance++) {
      var address = new InetSocketAddress(outside.get(), cluster.gridPort(instance));
      assertThatThrownBy(
              () -> {
                try (Socket socket = new Socket()) {
                  socket.connect(address, 3_000);
                }
              })
          .as("connecting to %s", address)
          .isInstanceOf(ConnectException.class);
    }
  }

  @Test
  @Order(3)
  void aHazelcastClientWithTheDefaultClusterNameIsRefused() {
    ClientConfig config = client("dev");
    assertThat(config.getClusterName()).isEqualTo("dev"); // Hazelcast's own default name

    assertThatThrownBy(() -> HazelcastClient.newHazelcastClient(config).shutdown())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> HazelcastClient.newHazelcastClient(client("development")).shutdown())
        .as("Payara's default cluster name")
        .isInstanceOf(IllegalStateException.class);
  }

  /**
   * The control of the test above: the grid has no authentication, so the right name on loopback
   * gets in — which is why the ports must stay on loopback or a private network. It also shows the
   * two instances form one grid.
   */
  @Test
  @Order(4)
  void theConfiguredNameOnLoopbackReachesOneGridOfTwoMembers() {
    var client = HazelcastClient.newHazelcastClient(client(cluster.clusterName()));
    try {
      assertThat(client.getCluster().getMembers()).hasSize(2);
    } finally {
      client.shutdown();
    }
  }

  /**
   * EclipseLink's shared cache is off for every entity (no entity is {@code @Cacheable} under
   * {@code ENABLE_SELECTIVE}): a role read on instance B, then edited on instance A, shows the edit
   * on B's next request.
   */
  @Test
  @Order(5)
  void anEditOnOneInstanceIsSeenOnTheOthersNextRequest() {
    Portal portal = cluster.portal();
    HttpSession ada = HttpSession.signedIn(portal, DemoUser.ADA_ADMIN).session();
    String a = cluster.instanceUri(1);
    String b = cluster.instanceUri(2);
    String slug = "cluster-role-" + UUID.randomUUID().toString().substring(0, 8);
    var created =
        FacesForm.of(ada.get(a + "/admin/roles").document(), "create")
            .set("create:newSlug", slug)
            .set("create:newTitle", "Cluster role " + slug)
            .submit(ada, "create:createRole");
    assertThat(created.last().statusCode()).as(created.toString()).isEqualTo(200);
    String preview = "/admin/role-preview?slug=" + slug;
    assertThat(ada.get(b + preview).document().text()).contains("Cluster role " + slug);

    String headline = "Edited on instance A " + UUID.randomUUID();
    var saved =
        FacesForm.of(ada.get(a + "/admin/role-editor?slug=" + slug).document(), "editor")
            .set("editor:headline", headline)
            .submit(ada, "editor:save");
    assertThat(saved.last().statusCode()).as(saved.toString()).isEqualTo(200);

    assertThat(ada.get(b + preview).document().text()).contains(headline);
  }

  /**
   * The Done-when of issue 13: a signed-in browser session through nginx, the instance that served
   * it killed ({@code kill -9}), and the session goes on on the other one — same person, and a form
   * post still works.
   */
  @Test
  @Order(6)
  void aSignedInSessionSurvivesTheLossOfTheInstanceThatServedIt() {
    Portal portal = cluster.portal();
    browser.resetState(portal);
    var page = PortalPage.open(browser, portal, "/").clickLogin().signInAs(DemoUser.ERIN_EMPLOYER);
    assertThat(page.userName()).contains("Erin Walsh");
    PortalPage.open(browser, portal, "/employer/bundles");
    int served = cluster.lastUpstreamPort("/employer/bundles");
    String sessionId = sessionCookie();
    int killed = served == cluster.portalPort(1) ? 1 : 2;

    cluster.kill(killed);

    var after = PortalPage.open(browser, portal, "/employer/bundles");
    assertThat(after.isOnPortal()).as(browser.currentUrl()).isTrue();
    assertThat(after.path()).isEqualTo("/employer/bundles");
    assertThat(after.userName()).contains("Erin Walsh");
    // The same session, not a new one: a silent sign-in again through Keycloak's single sign-on
    // would show the same name and page, but under a new session id.
    assertThat(sessionCookie()).as("the session id after the failover").isEqualTo(sessionId);
    assertThat(cluster.lastUpstreamPort("/employer/bundles"))
        .isEqualTo(cluster.portalPort(3 - killed));

    String name = "After failover " + UUID.randomUUID().toString().substring(0, 8);
    browser.find(By.id("create:name")).sendKeys(name);
    browser.waitForFullPageLoad(() -> browser.find(By.id("create:createBundle")).click());
    assertThat(browser.find(By.tagName("h1")).getText()).contains(name);
    assertThat(new PortalPage(browser, portal).userName()).contains("Erin Walsh");
  }

  /**
   * Every session attribute was serializable through the whole run (issue 13 item 2): Payara logs
   * "Cannot serialize session attribute NAME" and leaves the attribute out of the replica when one
   * is not, which is how Soteria's OpenID state and view state holding non-serializable records
   * were found. Runs after the sessions above (sign-in, Faces forms, failover) were replicated.
   */
  @Test
  @Order(7)
  void noSessionAttributeFailedToSerialize() {
    for (int instance = 1; instance <= 2; instance++) {
      assertThat(cluster.instanceLog(instance))
          .as("log of instance %d", instance)
          .doesNotContain("Cannot serialize session attribute")
          .doesNotContain("WELD-001500");
    }
  }

  private static String sessionCookie() {
    var cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
    assertThat(cookie).as("the portal's session cookie").isNotNull();
    return cookie.getValue();
  }

  private static ClientConfig client(String clusterName) {
    ClientConfig config = new ClientConfig();
    config.setClusterName(clusterName);
    config.getNetworkConfig().addAddress("127.0.0.1:" + cluster.gridPort(1));
    config
        .getConnectionStrategyConfig()
        .getConnectionRetryConfig()
        .setClusterConnectTimeoutMillis(10_000);
    return config;
  }

  private static Optional<InetAddress> nonLoopbackAddress() {
    try {
      return NetworkInterface.networkInterfaces()
          .filter(ClusterIT::isUp)
          .flatMap(NetworkInterface::inetAddresses)
          .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
          .findFirst();
    } catch (SocketException e) {
      return Optional.empty();
    }
  }

  private static boolean isUp(NetworkInterface i) {
    try {
      return i.isUp() && !i.isLoopback();
    } catch (SocketException e) {
      return false;
    }
  }
}
