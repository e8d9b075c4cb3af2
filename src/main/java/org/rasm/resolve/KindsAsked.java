package org.rasm.resolve;

import static org.rasm.resolve.PlaceKinds.AREAS;
import static org.rasm.resolve.PlaceKinds.BOUNDED_SITES;
import static org.rasm.resolve.PlaceKinds.ENVIRONS;
import static org.rasm.resolve.PlaceKinds.QUARTERS;
import static org.rasm.resolve.PlaceKinds.SETTLEMENTS;
import static org.rasm.resolve.PlaceKinds.UNITS;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.rasm.data.DataTable;
import org.rasm.lexicon.Entity;
import org.rasm.lexicon.EntityType;

/**
 * The kinds of thing a query's words for a kind ask for ({@code qualifiers.tsv} names them), whether an entity is of
 * them, and the rank of each kind when names tie ({@code priority.tsv}: a settlement before a site, a site before an
 * armed actor, an outlet, then the administrative units).
 */
final class KindsAsked {
  private static final Map<String, Integer> PRIORITY = readPriority();
  /** The rank of a kind {@code priority.tsv} does not list: after all that it does. */
  private static final int UNRANKED = 99;
  /** The rank {@code priority.tsv} gives kinds of site (camp, crossing, airport, desert…). */
  private static final int SITE_RANK = PRIORITY.get("camp");

  private KindsAsked() {}

  /** The rank of {@code e}'s subtype: lower comes first. */
  static int rank(Entity e) {
    return PRIORITY.getOrDefault(e.subtype(), UNRANKED);
  }

  /**
   * The kinds a query's qualifiers ask for; of a unit and a settlement ("Daraa city sub-district", "مركز مدينة"),
   * the unit, which is the narrower: the subdistrict around the city. Of a unit and an area named after what it
   * surrounds, both, and the area's rank comes first: "desert of Deir ez-Zor province" is the desert.
   */
  static Set<String> askedFor(Set<String> kinds) {
    if (!Collections.disjoint(kinds, ENVIRONS) && Collections.disjoint(kinds, SETTLEMENTS)) {
      return kinds;
    }
    Set<String> units = new HashSet<>(kinds);
    units.retainAll(UNITS);
    return units.isEmpty() ? kinds : units;
  }

  /**
   * False when the query asks only for kinds of another type of thing than {@code e}, or only for kinds of site
   * ({@code priority.tsv} ranks them alike: camp, airport, desert…) and {@code e} is a settlement or an administrative
   * unit: "Rmelan airport" is not the town of Rmelan, nor "Sweida desert" the city. Other kinds are named loosely
   * ("Jobar district" for the quarter) and ask less.
   */
  static boolean ofAskedKind(Entity e, Set<String> asked) {
    if (asked.isEmpty() || asked.contains(e.subtype())) {
      return true;
    }
    if (!asksForType(asked, e.type())) {
      // kinds of another type of thing altogether: "ميليشيات إيران" (Iran's militias) is no country
      return false;
    }
    if (!SETTLEMENTS.contains(e.subtype()) && !UNITS.contains(e.subtype())) {
      // a site with bounds is of the kinds its word names, no other ("Nahr al-Bared camp" is no river); a mountain, a
      // desert or a region is named loosely (منطقة جبل الزاوية), but by no word for a site with bounds ("Gawilan
      // camp" is not the Golan)
      return !BOUNDED_SITES.contains(e.subtype()) && !BOUNDED_SITES.containsAll(asked);
    }
    if (QUARTERS.contains(e.subtype()) && SETTLEMENTS.containsAll(asked)
        && asked.stream().noneMatch(QUARTERS::contains)) {
      // a quarter is no city, town or village: "Mashhad city" is not al-Mashhad of Aleppo
      return false;
    }
    for (String kind : asked) {
      if (PRIORITY.getOrDefault(kind, UNRANKED) != SITE_RANK) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for a place that words for other kinds of place name too: a quarter ("Jobar district"), a region, mountain or
   * desert (منطقة وادي النصارى).
   */
  static boolean namedLoosely(Entity place) {
    return QUARTERS.contains(place.subtype()) || AREAS.contains(place.subtype()) && !UNITS.contains(place.subtype());
  }

  private static Map<String, Integer> readPriority() {
    Map<String, Integer> m = new HashMap<>();
    for (DataTable.Row row : DataTable.read(KindsAsked.class, "priority.tsv", 2)) {
      m.put(row.cell(0), Integer.parseInt(row.cell(1)));
    }
    return Map.copyOf(m);
  }

  private static boolean asksForType(Set<String> asked, EntityType type) {
    for (String kind : asked) {
      if (EntityType.ofSubtype(kind) == type) {
        return true;
      }
    }
    return false;
  }
}
