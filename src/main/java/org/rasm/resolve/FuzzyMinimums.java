package org.rasm.resolve;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasm.data.DataTable;
import org.rasm.lexicon.EntityType;

/**
 * The least score a name met by approximate spelling needs: by the type of entity and the query's script ({@code
 * fuzzy-thresholds.tsv}: organisations' and countries' names are brands, spelt as they spell them), and by the length
 * of the query's invariant key ({@code key-thresholds.tsv}: short keys are shared by many names).
 */
final class FuzzyMinimums {
  /** A minimum for queries in Latin letters and for those in Arabic script. */
  private record Minimum(double latin, double arabic) {}

  private static final Minimum NONE = new Minimum(0, 0);
  private static final Map<String, Minimum> BY_TYPE = readTypeMinimum();
  /** The minimum by the length of the invariant key, index the length; 0 beyond. */
  private static final List<Double> BY_KEY_LENGTH = readKeyMinimum();

  private FuzzyMinimums() {}

  /** The minimum for an entity of {@code type} met by a query in Arabic script or, if not {@code arabic}, in Latin. */
  static double ofType(EntityType type, boolean arabic) {
    Minimum m = BY_TYPE.getOrDefault(type.id(), NONE);
    return arabic ? m.arabic() : m.latin();
  }

  /** The minimum for a query whose invariant key has {@code letters} letters. */
  static double ofKeyLength(int letters) {
    return letters < BY_KEY_LENGTH.size() ? BY_KEY_LENGTH.get(letters) : 0;
  }

  private static Map<String, Minimum> readTypeMinimum() {
    Map<String, Minimum> m = new HashMap<>();
    for (DataTable.Row row : DataTable.read(FuzzyMinimums.class, "fuzzy-thresholds.tsv", 3)) {
      m.put(row.cell(0), new Minimum(Double.parseDouble(row.cell(1)), Double.parseDouble(row.cell(2))));
    }
    return Map.copyOf(m);
  }

  private static List<Double> readKeyMinimum() {
    Map<Integer, Double> m = new HashMap<>();
    int longest = 0;
    for (DataTable.Row row : DataTable.read(FuzzyMinimums.class, "key-thresholds.tsv", 3)) {
      int letters = Integer.parseInt(row.cell(0));
      m.put(letters, Double.parseDouble(row.cell(1)));
      longest = Math.max(longest, letters);
    }
    double[] minimum = new double[longest + 1];
    for (int n = longest; n >= 0; n--) {
      // a row holds for its length and every shorter one, unless a shorter row says more
      minimum[n] = Math.max(m.getOrDefault(n, 0.0), n < longest ? minimum[n + 1] : 0);
    }
    return Arrays.stream(minimum).boxed().toList();
  }
}
