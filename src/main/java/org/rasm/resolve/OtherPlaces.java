package org.rasm.resolve;

import java.util.HashSet;
import java.util.Set;
import org.rasm.data.DataTable;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;

/**
 * Names of places the lexicon does not hold, known all the same ({@code other-places.tsv}: the cities that time zones
 * are named after, in CLDR). A query that is one of them names that city, not a lexicon place spelt like it.
 */
final class OtherPlaces {
  private OtherPlaces() {}

  /** The key-folded names. */
  static Set<String> keys() {
    TextFolder key = TextFolder.of(FoldProfile.KEY);
    Set<String> keys = new HashSet<>();
    for (DataTable.Row row : DataTable.read(OtherPlaces.class, "other-places.tsv", 3)) {
      keys.add(key.fold(row.cell(0)).text());
    }
    keys.remove("");
    return keys;
  }
}
