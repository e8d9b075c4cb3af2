package org.rasm.resolve;

import java.util.Set;
import org.rasm.data.DataTable;

/**
 * Names of places the lexicon does not hold, known all the same: the cities that time zones are named after, in CLDR
 * ({@code other-places.tsv}), the places of the region around Syria ({@code regional-places.tsv}), and those of the
 * rest of the world ({@code world-places.tsv}). A query that is one of them names that place, not a lexicon place
 * spelt like it.
 */
final class OtherPlaces {
  private static final Set<String> KEYS = read();

  private OtherPlaces() {}

  private static Set<String> read() {
    Set<String> keys = new java.util.HashSet<>();
    keys.addAll(DataTable.firstCells(OtherPlaces.class, "other-places.tsv", 3, NameForms::keyOf));
    keys.addAll(DataTable.firstCells(OtherPlaces.class, "regional-places.tsv", 4, NameForms::keyOf));
    keys.addAll(DataTable.firstCells(OtherPlaces.class, "world-places.tsv", 4, NameForms::keyOf));
    return Set.copyOf(keys);
  }

  /** The names' keys, as {@link NameForms} makes a query's. */
  static Set<String> keys() {
    return KEYS;
  }
}
