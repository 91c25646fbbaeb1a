package io.skillspassport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Several people using the portal at the same moment (issue 14, item 1b). Before the fix, about 3%
 * of signed-in requests were refused with 403 on the caller's own pages whenever others were
 * browsing at the same time: Payara handed the authentication mechanism's caller principal through
 * a field of the one shared unauthenticated security context, so concurrent requests overwrote it
 * and the request lost its group principals. The test signs three people of different audiences in
 * and lets each loop over their own home page from their own thread; every tenth request asks for
 * another audience's page, which must still be refused.
 */
@SystemTest
class ConcurrentSessionsIT {

  private static final Logger LOG = Logger.getLogger(ConcurrentSessionsIT.class.getName());

  /** Requests per person; three people, so 450 requests in all, three at a time. */
  private static final int REQUESTS_PER_USER = 150;

  private static final Map<DemoUser, String> FOREIGN_PAGE =
      Map.of(
          DemoUser.ERIN_EMPLOYER, "/candidate/passport",
          DemoUser.OMAR_EMPLOYER, "/admin/roles",
          DemoUser.CARA_CANDIDATE, "/employer/bundles");

  @Test
  void everyoneGetsTheirOwnPagesAndNoOneElsesWhileOthersBrowse(Portal portal) throws Exception {
    List<DemoUser> users =
        List.of(DemoUser.ERIN_EMPLOYER, DemoUser.OMAR_EMPLOYER, DemoUser.CARA_CANDIDATE);
    Map<DemoUser, HttpSession> sessions = new ConcurrentHashMap<>();
    for (DemoUser user : users) {
      sessions.put(user, HttpSession.signedIn(portal, user).session());
    }
    var ownRefused = new AtomicInteger();
    var ownOk = new AtomicInteger();
    var foreignRefused = new AtomicInteger();
    List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());

    ExecutorService pool = Executors.newFixedThreadPool(users.size());
    try {
      List<Future<?>> loops = new ArrayList<>();
      for (DemoUser user : users) {
        loops.add(
            pool.submit(
                () -> {
                  HttpSession session = sessions.get(user);
                  for (int i = 0; i < REQUESTS_PER_USER; i++) {
                    boolean foreign = i % 10 == 9;
                    String path = foreign ? FOREIGN_PAGE.get(user) : user.landingPath();
                    HttpResponse<String> response = session.getOnce(path);
                    int status = response.statusCode();
                    if (foreign) {
                      if (status == 403) {
                        foreignRefused.incrementAndGet();
                      } else {
                        problems.add(user.username() + " got " + status + " on " + path);
                      }
                      continue;
                    }
                    if (status == 403) {
                      ownRefused.incrementAndGet();
                      continue;
                    }
                    String shown = userName(response.body());
                    if (status == 200 && user.displayName().equals(shown)) {
                      ownOk.incrementAndGet();
                    } else {
                      problems.add(
                          user.username()
                              + " got "
                              + status
                              + " showing '"
                              + shown
                              + "' on "
                              + path);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> loop : loops) {
        loop.get(10, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    int ownRequests = users.size() * (REQUESTS_PER_USER - REQUESTS_PER_USER / 10);
    int foreignRequests = users.size() * (REQUESTS_PER_USER / 10);
    LOG.info(
        () ->
            "own pages: "
                + ownOk.get()
                + " shown, "
                + ownRefused.get()
                + " wrongly refused of "
                + ownRequests
                + "; other audiences' pages: "
                + foreignRefused.get()
                + " refused of "
                + foreignRequests
                + "; other problems: "
                + problems.size());
    assertThat(problems).as("unexpected answers").isEmpty();
    assertThat(ownRefused.get()).as("own pages refused with 403").isZero();
    assertThat(ownOk.get()).isEqualTo(ownRequests);
    assertThat(foreignRefused.get()).isEqualTo(foreignRequests);
  }

  private static String userName(String html) {
    Element name = Jsoup.parse(html).selectFirst("header.site-header .account .user-name");
    return name == null ? "" : name.text();
  }
}
