package io.skillspassport.sharing.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * One page of the caller's "viewed by" list: views counted per organisation and day, newest day
 * first. Nothing is dropped: every view ever logged is in some page's counts.
 *
 * @param days the rows of this page
 * @param page the 0-based page shown (the last page when a later one was asked for)
 * @param pageSize rows per page
 * @param total rows (organisation and day) in all pages
 */
public record ViewingPage(List<ViewingDay> days, int page, int pageSize, long total)
    implements Serializable {

  public ViewingPage {
    days = List.copyOf(days);
  }

  public long pages() {
    return Math.max(1, (total + pageSize - 1) / pageSize);
  }

  public boolean hasNext() {
    return (long) (page + 1) * pageSize < total;
  }

  public boolean hasPrevious() {
    return page > 0;
  }
}
