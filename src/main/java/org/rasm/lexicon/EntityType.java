package org.rasm.lexicon;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rasm.data.DataTable;

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

  private final String id = name().toLowerCase(Locale.ROOT);

  /** The subtypes each type allows, from {@code subtypes.tsv}. */
  private static final class Subtypes {
    static final Map<EntityType, Set<String>> BY_TYPE = load();
    static final Map<String, EntityType> TYPE_OF = typeOf();

    /** The first type to allow each subtype, in declaration order. */
    private static Map<String, EntityType> typeOf() {
      Map<String, EntityType> map = new HashMap<>();
      for (EntityType t : values()) {
        for (String subtype : BY_TYPE.getOrDefault(t, Set.of())) {
          map.putIfAbsent(subtype, t);
        }
      }
      return Map.copyOf(map);
    }

    private static Map<EntityType, Set<String>> load() {
      Map<EntityType, Set<String>> map = new HashMap<>();
      for (DataTable.Row row : DataTable.read(EntityType.class, "subtypes.tsv", 2)) {
        map.put(EntityType.of(row.cell(0)), Set.of(row.cell(1).split(" ")));
      }
      return Map.copyOf(map);
    }
  }

  /** The subtypes this type allows ({@code subtypes.tsv}): governorate, town, camp… for places. */
  public Set<String> subtypes() {
    return Subtypes.BY_TYPE.get(this);
  }

  /** The type that allows {@code subtype}, or null for none. */
  public static EntityType ofSubtype(String subtype) {
    return Subtypes.TYPE_OF.get(subtype);
  }

  /** As written in lexicon files, IDs and on the command line: {@code place}, {@code actor}… */
  public String id() {
    return id;
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
