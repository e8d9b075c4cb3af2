package org.rasm.lexicon;

import java.util.Locale;

/**
 * What kind of thing an entity is; the part of its ID before the colon.
 *
 * <pre>{@code
 * EntityType.of("place");   // PLACE
 * }</pre>
 */
public enum EntityType {
  PLACE,
  ACTOR,
  OUTLET,
  COUNTRY;

  /** As written in lexicon files, IDs and on the command line: {@code place}, {@code actor}… */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException for an unknown type
   */
  public static EntityType of(String id) {
    for (EntityType t : values()) {
      if (t.id().equals(id)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown type '" + id + "': expected place, actor, outlet or country");
  }
}
