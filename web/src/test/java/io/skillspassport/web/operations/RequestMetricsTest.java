package io.skillspassport.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Page labels of the request metrics: a small set, whatever addresses clients send. */
class RequestMetricsTest {

  @Test
  void foldsIdentifiersAndFacesSuffixesAway() {
    assertThat(RequestMetrics.page("")).isEqualTo("/");
    assertThat(RequestMetrics.page("/")).isEqualTo("/");
    assertThat(RequestMetrics.page("/roles")).isEqualTo("/roles");
    assertThat(RequestMetrics.page("/roles/ml-research-scientist")).isEqualTo("/roles/:id");
    assertThat(RequestMetrics.page("/employer/compare.xhtml")).isEqualTo("/employer/compare");
    assertThat(RequestMetrics.page("/employer/compare")).isEqualTo("/employer/compare");
    assertThat(RequestMetrics.page("/credentials/status/17")).isEqualTo("/credentials/status/:id");
    assertThat(RequestMetrics.page("/jakarta.faces.resource/css/site.css.xhtml"))
        .isEqualTo("/resources");
    assertThat(RequestMetrics.page("/a/b/c/d/e/f")).isEqualTo("/a/b/:id");
    assertThat(RequestMetrics.page("/Evil\"Label{x}")).isEqualTo("/evil_label_x_");
  }
}
