package io.skillspassport.credentials.boundary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flattens a JSON value into {@code path → leaf value}, to compare two documents field by field.
 */
final class JsonPaths {

  private JsonPaths() {}

  static Map<String, String> flatten(Map<String, Object> document) {
    Map<String, String> leaves = new LinkedHashMap<>();
    walk("", document, leaves);
    return leaves;
  }

  private static void walk(String path, Object value, Map<String, String> leaves) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> walk(path.isEmpty() ? String.valueOf(k) : path + "." + k, v, leaves));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(path + "[" + i + "]", list.get(i), leaves);
      }
    } else {
      leaves.put(path, String.valueOf(value));
    }
  }
}
