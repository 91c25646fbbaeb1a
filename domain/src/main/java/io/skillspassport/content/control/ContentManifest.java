package io.skillspassport.content.control;

import java.util.List;

/** Lists the content files shipped with the portal ({@code content/manifest.json}). */
public record ContentManifest(String families, List<String> roles, List<String> itemBanks) {

  public ContentManifest {
    roles = roles == null ? List.of() : List.copyOf(roles);
    itemBanks = itemBanks == null ? List.of() : List.copyOf(itemBanks);
  }
}
