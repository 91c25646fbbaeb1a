package io.skillspassport.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The audit log's pager links keep the search, whatever characters it contains. */
class AuditLogViewTest {

  @Test
  void pagerLinksKeepAnEncodedSearch() {
    AuditLogView view = new AuditLogView();
    view.setQ("role a&b #c");
    view.setAction("CONTENT_PUBLISHED");

    assertThat(view.pageQuery(2)).isEqualTo("?q=role+a%26b+%23c&action=CONTENT_PUBLISHED&page=2");
  }

  @Test
  void pagerLinksWithoutASearchNeverGoBelowTheFirstPage() {
    assertThat(new AuditLogView().pageQuery(-1)).isEqualTo("?q=&action=&page=0");
  }
}
