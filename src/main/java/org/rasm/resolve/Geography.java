package org.rasm.resolve;

import static org.rasm.resolve.PlaceKinds.AREAS;
import static org.rasm.resolve.PlaceKinds.SETTLEMENTS;
import static org.rasm.resolve.PlaceKinds.UNITS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasm.data.DataTable;
import org.rasm.lexicon.Entity;
import org.rasm.lexicon.EntityType;
import org.rasm.lexicon.Lexicon;

/**
 * Where the lexicon's entities lie: what holds what, by parent and by P-code, which governorate a place is in, and the
 * governorates that places of unknown bounds span ({@code spans.tsv}). Places a query names are found by the keys and
 * invariant keys of the lexicon's names, which the resolver computes once and hands over.
 */
final class Geography {
  /**
   * The fewest letters of the invariant key that names a place a query says a name lies in by itself; a shorter one
   * must be the key of one of its names: one consonant (al-Ais, t) is Sa'sa' and Susah too.
   */
  static final int MIN_LOOSE_PLACE_KEY = 3;
  /** The governorates that places of unknown bounds span ({@code spans.tsv}), by the place's id. */
  private static final Map<String, Set<String>> SPANS = readGovernorates("spans.tsv");
  /** The governorates along the border with each neighbouring country ({@code borders.tsv}), by the country's id. */
  private static final Map<String, Set<String>> BORDERS = readGovernorates("borders.tsv");

  private final Lexicon lexicon;
  private final Map<String, List<Entity>> byKey;
  private final Map<String, List<Entity>> byInvariant;
  private final Map<String, Set<String>> invariantsById;
  private final Map<String, List<Entity>> children = new HashMap<>();
  private final Map<String, Set<String>> ancestorsById = new HashMap<>();
  private final Map<String, String> districtById = new HashMap<>();
  private final Map<String, String> governorateById = new HashMap<>();
  /** The units above each settlement that bear its English or Arabic name. */
  private final Map<String, List<String>> unitsNamedAfter = new HashMap<>();

  /**
   * A place a query says a name lies in, by the invariant key of its name; when that is short, {@code holders} are the
   * entities that may bear it: those with a name of its key, and what holds them (Ein Issa subdistrict, by the town of
   * Ain Issa in it). Null holders when any entity of the invariant key may. {@code named} are the entities that bear
   * it.
   */
  record PlaceName(String invariant, Set<String> holders, List<Entity> named) {}

  /**
   * @param byKey the entities with a name of each key
   * @param byInvariant the entities with a name of each invariant key, acronyms left out
   * @param invariantsById the invariant keys of the names of each entity, by its id, acronyms among them
   */
  Geography(Lexicon lexicon, Map<String, List<Entity>> byKey, Map<String, List<Entity>> byInvariant,
      Map<String, Set<String>> invariantsById) {
    this.lexicon = lexicon;
    this.byKey = Map.copyOf(byKey);
    this.byInvariant = Map.copyOf(byInvariant);
    Map<String, Set<String>> invariants = new HashMap<>();
    invariantsById.forEach((id, keys) -> invariants.put(id, Set.copyOf(keys)));
    this.invariantsById = Map.copyOf(invariants);
    Map<String, List<Entity>> below = new HashMap<>();
    for (Entity e : lexicon.entities()) {
      if (!e.parent().isEmpty()) {
        below.computeIfAbsent(e.parent(), k -> new ArrayList<>()).add(e);
      }
    }
    below.forEach((id, entities) -> children.put(id, List.copyOf(entities)));
    for (Entity e : lexicon.entities()) {
      ancestorsById.put(e.id(), Set.copyOf(ancestorsOf(e)));
    }
    for (Entity e : lexicon.entities()) {
      String district = unitOf(e, "district");
      if (district != null) {
        districtById.put(e.id(), district);
      }
      String governorate = unitOf(e, "governorate");
      if (governorate != null) {
        governorateById.put(e.id(), governorate);
      }
      if (SETTLEMENTS.contains(e.subtype())) {
        List<String> units = unitsBearingNameOf(e);
        if (!units.isEmpty()) {
          unitsNamedAfter.put(e.id(), List.copyOf(units));
        }
      }
    }
  }

  PlaceName placeName(String name) {
    NameForms f = NameForms.of(name);
    Set<String> holders = null;
    if (f.invariant().length() < MIN_LOOSE_PLACE_KEY) {
      holders = new HashSet<>();
      // by its key, or by its core when words for an area or unit follow it ("the Darayya area"; not "تلفزيون سوريا")
      boolean ofArea = !f.subtypes().isEmpty() && f.subtypes().stream().allMatch(
          k -> PlaceKinds.AREAS.contains(k) || PlaceKinds.UNITS.contains(k) || PlaceKinds.SETTLEMENTS.contains(k));
      for (String key : ofArea ? List.of(f.key(), f.core()) : List.of(f.key())) {
        for (Entity k : byKey.getOrDefault(key, List.of())) {
          holders.add(k.id());
          holders.addAll(ancestors(k));
        }
      }
    }
    List<Entity> named = new ArrayList<>();
    for (Entity n : byInvariant.getOrDefault(f.invariant(), List.of())) {
      if (holders == null || holders.contains(n.id())) {
        named.add(n);
      }
    }
    return new PlaceName(f.invariant(), holders, named);
  }

  /**
   * True when an entity that {@code e} lies in bears the name {@code place}, or a country of that name holds it: its
   * P-code begins the P-code of {@code e} or of a unit above it ("Hajin, Deir Ezzor, Syria").
   */
  boolean within(Entity e, PlaceName place) {
    Set<String> above = ancestors(e);
    for (String id : above) {
      if (bears(lexicon.get(id).orElseThrow(), place)) {
        return true;
      }
    }
    // a town stands for the units named after it, by whichever of its names: Derik, al-Malikiyah, for the district
    for (Entity n : place.named()) {
      if (unitsNamedAfter.getOrDefault(n.id(), List.of()).stream().anyMatch(above::contains)) {
        return true;
      }
    }
    String code = place.named().isEmpty() ? "" : pcodeOf(e);
    for (Entity n : place.named()) {
      if (holds(n, code)) {
        return true;
      }
    }
    return false;
  }

  /** The ids of the units above the settlement {@code town} that bear its English or Arabic name. */
  private List<String> unitsBearingNameOf(Entity town) {
    List<String> units = new ArrayList<>();
    for (String id : ancestors(town)) {
      Entity unit = lexicon.get(id).orElseThrow();
      if (UNITS.contains(unit.subtype()) && (bearsKey(unit, NameForms.of(town.nameEn()).invariant())
          || !town.nameAr().isEmpty() && bearsKey(unit, NameForms.of(town.nameAr()).invariant()))) {
        units.add(id);
      }
    }
    return units;
  }

  private boolean bears(Entity e, PlaceName place) {
    return bearsKey(e, place.invariant()) && (place.holders() == null || place.holders().contains(e.id()));
  }

  /** True when {@code place} is a name of an area: {@link #inGovernorateOfArea} may hold. */
  boolean areaNamed(PlaceName place) {
    return place.named().stream().anyMatch(u -> AREAS.contains(u.subtype()));
  }

  /**
   * True when {@code e} lies in the governorate of an area of the name {@code place}: "the countryside of Baniyas" is
   * looser than the districts, and a subdistrict of Qadmous district is in it. A village names no countryside: "Abu
   * Kamal (al-Buleil)" is not Abu Kamal in al-Buleil.
   */
  boolean inGovernorateOfArea(Entity e, PlaceName place) {
    String governorate = governorateOf(e);
    return governorate != null
        && place.named().stream().anyMatch(u -> AREAS.contains(u.subtype()) && governorate.equals(governorateOf(u)));
  }

  /**
   * True when {@code e} lies in the district of a place of the name {@code place}, or spans ({@code spans.tsv}) its
   * governorate: what lies near it may. A district, not the governorate, for a governorate is too wide to be near; a
   * place the lexicon puts in no district is near nothing.
   */
  boolean nearTo(Entity e, PlaceName place) {
    String district = districtById.get(e.id());
    Set<String> spanned = district == null ? SPANS.getOrDefault(e.id(), Set.of()) : Set.of();
    for (Entity p : place.named()) {
      if (p.type() == EntityType.PLACE
          && (district != null ? district.equals(districtById.get(p.id())) : spans(spanned, governorateOf(p)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code e}, a place of unknown bounds ({@code spans.tsv}), spans the governorate of a place of the name
   * {@code place}, or lies in a country of that name, which holds the governorates it spans: Lake Assad in Tabqa,
   * Hauran in Syria.
   */
  boolean spansIn(Entity e, PlaceName place) {
    Set<String> spanned = SPANS.get(e.id());
    if (spanned == null) {
      return false;
    }
    for (Entity p : place.named()) {
      if (p.type() == EntityType.COUNTRY
          ? spanned.stream().anyMatch(g -> holds(p, lexicon.get(g).map(this::pcodeOf).orElse("")))
          : spans(spanned, governorateOf(p))) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code governorate}, which may be null, is one of {@code governorates}. */
  private static boolean spans(Set<String> governorates, String governorate) {
    return governorate != null && governorates.contains(governorate);
  }

  /**
   * The governorates that the places with a name of the key {@code placeKey} span, when each is a place whose bounds
   * the lexicon does not give ({@code spans.tsv}: Hauran, the Badia, the Euphrates); null when one is not, or none is
   * a place.
   */
  Set<String> spannedBy(String placeKey) {
    Set<String> spans = null;
    for (Entity e : byKey.getOrDefault(placeKey, List.of())) {
      if (e.type() == EntityType.PLACE) {
        Set<String> own = SPANS.get(e.id());
        if (own == null) {
          return null;
        }
        spans = spans == null ? new HashSet<>(own) : spans;
        spans.addAll(own);
      }
    }
    return spans;
  }

  /** True when {@code e} lies in, or spans, a governorate along the border with {@code country} ({@code borders.tsv}). */
  boolean alongBorderWith(Entity e, Entity country) {
    Set<String> along = BORDERS.getOrDefault(country.id(), Set.of());
    String governorate = governorateOf(e);
    return governorate != null ? along.contains(governorate)
        : SPANS.getOrDefault(e.id(), Set.of()).stream().anyMatch(along::contains);
  }

  /** True when {@code place}, of unknown bounds, spans ({@code spans.tsv}) the governorate {@code other} lies in. */
  boolean spansOver(Entity place, Entity other) {
    return spans(SPANS.getOrDefault(place.id(), Set.of()), governorateOf(other));
  }

  /** The governorates a place whose bounds the lexicon does not give spans ({@code spans.tsv}); null for others. */
  Set<String> spanOf(Entity place) {
    return SPANS.get(place.id());
  }

  /** True when {@code e} lies in one of {@code governorates}, or in no governorate the lexicon gives. */
  boolean inSpan(Entity e, Set<String> governorates) {
    String governorate = governorateOf(e);
    return governorate == null || governorates.contains(governorate);
  }

  /** The id of the governorate that is or holds {@code e}; null when none does. */
  String governorateOf(Entity e) {
    return governorateById.containsKey(e.id()) ? governorateById.get(e.id()) : unitOf(e, "governorate");
  }

  /** The id of the unit of the subtype that is or holds {@code e}; null when none does. */
  private String unitOf(Entity e, String subtype) {
    if (e.subtype().equals(subtype)) {
      return e.id();
    }
    for (String id : ancestors(e)) {
      if (lexicon.get(id).map(a -> a.subtype().equals(subtype)).orElse(false)) {
        return id;
      }
    }
    return null;
  }

  /**
   * The P-code of the administrative unit that is or holds {@code e}; empty when none has one. A settlement's own
   * code, if any, is a community code, which no country's begins.
   */
  String pcodeOf(Entity e) {
    for (Entity at = e; at != null; at = lexicon.get(at.parent()).orElse(null)) {
      if (UNITS.contains(at.subtype()) && !at.pcode().isEmpty()) {
        return at.pcode();
      }
    }
    return "";
  }

  /** True when {@code country} is a country whose P-code begins {@code code}, a unit's. */
  static boolean holds(Entity country, String code) {
    return country.type() == EntityType.COUNTRY && !country.pcode().isEmpty() && !code.isEmpty()
        && code.startsWith(country.pcode());
  }

  /** True when a name of {@code e} has the invariant key {@code inv}. */
  boolean bearsKey(Entity e, String inv) {
    return invariantsById.getOrDefault(e.id(), Set.of()).contains(inv);
  }

  /** The invariant keys of the names of the entity of the id. */
  Set<String> invariantsOf(String id) {
    return invariantsById.getOrDefault(id, Set.of());
  }

  /** True when the entity of the id {@code inner} lies in that of {@code outer}. */
  boolean liesIn(String inner, String outer) {
    return ancestorsById.getOrDefault(inner, Set.of()).contains(outer);
  }

  /** The entities whose parent is {@code id}. */
  List<Entity> children(String id) {
    return children.getOrDefault(id, List.of());
  }

  /** The ids of the entities {@code e} lies in. */
  Set<String> ancestors(Entity e) {
    Set<String> known = ancestorsById.get(e.id());
    return known != null ? known : ancestorsOf(e);
  }

  /** True when the entities of the ids are one, or one lies in the other. */
  boolean sameOrRelated(String a, String b) {
    return a.equals(b) || related(lexicon.get(a).orElseThrow(), lexicon.get(b).orElseThrow());
  }

  /** True when one of the entities lies in the other. */
  boolean related(Entity a, Entity b) {
    return ancestors(a).contains(b.id()) || ancestors(b).contains(a.id());
  }

  private Set<String> ancestorsOf(Entity e) {
    Set<String> seen = new HashSet<>();
    String p = e.parent();
    while (!p.isEmpty() && seen.add(p)) {
      p = lexicon.get(p).map(Entity::parent).orElse("");
    }
    return seen;
  }

  private static Map<String, Set<String>> readGovernorates(String table) {
    Map<String, Set<String>> m = new HashMap<>();
    for (DataTable.Row row : DataTable.read(Geography.class, table, 3)) {
      m.put(row.cell(0), Set.of(row.cell(1).split(" ")));
    }
    return Map.copyOf(m);
  }
}
