package io.skillspassport.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuietSessionWritesTest {

  /** A session map that records every put reaching it, as setAttribute calls would. */
  private static final class RecordingSession extends HashMap<String, Object> {
    final List<String> puts = new ArrayList<>();

    @Override
    public Object put(String key, Object value) {
      puts.add(key + "=" + value);
      return super.put(key, value);
    }
  }

  private final RecordingSession session = new RecordingSession();
  private final QuietSessionWrites.SessionMap map = new QuietSessionWrites.SessionMap(session);

  @Test
  void theSameEncodingPutAgainDoesNotReachTheSession() {
    map.put("jakarta.faces.request.charset", "UTF-8");
    map.put("jakarta.faces.request.charset", new String("UTF-8"));
    map.put("flag", Boolean.TRUE);
    map.put("flag", Boolean.TRUE);

    assertThat(session.puts).containsExactly("jakarta.faces.request.charset=UTF-8", "flag=true");
    assertThat(map).containsEntry("jakarta.faces.request.charset", "UTF-8").hasSize(2);
  }

  @Test
  void aChangedValueAndMutableValuesAreWrittenEveryTime() {
    List<String> views = new ArrayList<>();
    map.put("charset", "UTF-8");
    map.put("charset", "ISO-8859-1");
    map.put("views", views);
    map.put("views", views);

    assertThat(session.puts)
        .containsExactly("charset=UTF-8", "charset=ISO-8859-1", "views=[]", "views=[]");
    assertThat(map.remove("charset")).isEqualTo("ISO-8859-1");
    assertThat(session).doesNotContainKey("charset");
  }
}
