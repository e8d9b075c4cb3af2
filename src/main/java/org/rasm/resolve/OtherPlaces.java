package org.rasm.resolve;

import java.util.Set;
import org.rasm.data.DataTable;

/**
 * Names of places the lexicon does not hold, known all the same: the cities that time zones are named after, in CLDR
 * ({@code other-places.tsv}), and the places of the region around Syria ({@code regional-places.tsv}). A query that is
 * one of them names that place, not a lexicon place spelt like it.
 */
final class OtherPlaces {
  private static final Set<String> KEYS = keys("other-places.tsv", 3, "regional-places.tsv", 4);

  private OtherPlaces() {}

  private static Set<String> keys(String file, int columns, String other, int otherColumns) {
    Set<String> keys = new java.util.HashSet<>(DataTable.firstCells(OtherPlaces.class, file, columns, name -> NameForms.of(name).key()));
    keys.addAll(DataTable.firstCells(OtherPlaces.class, other, otherColumns, name -> NameForms.of(name).key()));
    return Set.copyOf(keys);
  }

  /** The names' keys, as {@link NameForms} makes a query's. */
  static Set<String> keys() {
    return KEYS;
  }
}
