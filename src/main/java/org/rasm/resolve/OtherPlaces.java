package org.rasm.resolve;

import java.util.Set;
import org.rasm.data.DataTable;

/**
 * Names of places the lexicon does not hold, known all the same ({@code other-places.tsv}: the cities that time zones
 * are named after, in CLDR). A query that is one of them names that city, not a lexicon place spelt like it.
 */
final class OtherPlaces {
  private static final Set<String> KEYS =
      DataTable.firstCells(OtherPlaces.class, "other-places.tsv", 3, name -> NameForms.of(name).key());

  private OtherPlaces() {}

  /** The names' keys, as {@link NameForms} makes a query's. */
  static Set<String> keys() {
    return KEYS;
  }
}
