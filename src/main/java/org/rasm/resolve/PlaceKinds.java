package org.rasm.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasm.data.DataTable;

/**
 * What the resolver knows of each subtype of place ({@code place-kinds.tsv}): which are administrative units,
 * settlements, areas with a countryside, sites with bounds, places that run through others, quarters, sites a foreign
 * force may hold, areas named after what they surround, and the subtype a query asks for instead of one that no place of its name is.
 */
final class PlaceKinds {
  private static final List<DataTable.Row> ROWS = List.copyOf(DataTable.read(PlaceKinds.class, "place-kinds.tsv", 4));
  private static final Map<String, Set<String>> BY_KIND = byKind();
  /** Governorates, districts, subdistricts: P-codes say which country holds them. */
  static final Set<String> UNITS = BY_KIND.get("unit");
  static final Set<String> SETTLEMENTS = BY_KIND.get("settlement");
  /** Sites that a word for another kind of site does not name: a camp is no river, a field no base. */
  static final Set<String> BOUNDED_SITES = BY_KIND.get("bounded");
  /** Places that run through others: said to lie in any place, they are not contradicted. */
  static final Set<String> RUNNING = BY_KIND.get("running");
  /** Places with a countryside a query can say a name lies in: the units, regions, mountains and deserts. */
  static final Set<String> AREAS = BY_KIND.get("area");
  /** Parts of a city: no city, town or village. */
  static final Set<String> QUARTERS = BY_KIND.get("quarter");
  /** Sites a foreign force may hold: a country in brackets after one says whose it is ("Imam Ali base (Iran)"). */
  static final Set<String> HELD = BY_KIND.get("held");
  /** Areas named after a unit or town they surround: the word for one beside a unit's word asks for the area. */
  static final Set<String> ENVIRONS = BY_KIND.get("environs");
  /** The subtype asked for instead of one no place of the name is: district for region, subdistrict for district. */
  static final Map<String, String> INSTEAD = instead();

  private PlaceKinds() {}

  private static Map<String, Set<String>> byKind() {
    Map<String, Set<String>> m = new HashMap<>();
    for (String kind : List.of("unit", "settlement", "area", "bounded", "running", "quarter", "held", "environs")) {
      m.put(kind, new HashSet<>());
    }
    for (DataTable.Row row : ROWS) {
      for (String kind : row.cell(1).split(" ")) {
        if (kind.isEmpty()) {
          continue;
        }
        Set<String> subtypes = m.get(kind);
        if (subtypes == null) {
          throw new IllegalStateException("place-kinds.tsv:" + row.line() + ": unknown kind " + kind);
        }
        subtypes.add(row.cell(0));
      }
    }
    Map<String, Set<String>> out = new HashMap<>();
    m.forEach((kind, subtypes) -> out.put(kind, Set.copyOf(subtypes)));
    return Map.copyOf(out);
  }

  private static Map<String, String> instead() {
    Map<String, String> m = new HashMap<>();
    for (DataTable.Row row : ROWS) {
      if (!row.cell(2).isEmpty()) {
        m.put(row.cell(0), row.cell(2));
      }
    }
    return Map.copyOf(m);
  }
}
