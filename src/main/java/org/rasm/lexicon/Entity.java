package org.rasm.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One row of a lexicon: a place, actor, outlet or country with its names and cross-references.
 *
 * <pre>{@code
 * Entity e = Lexicon.defaults().get("place:deir-ez-zor-governorate").orElseThrow();
 * e.nameAr();     // "دير الزور"
 * e.names();      // name_en, name_ar, then every alias
 * }</pre>
 *
 * @param id {@code type:slug}, ASCII, stable once published
 * @param type the part of the id before the colon
 * @param subtype governorate, town, armed-group, monitor…
 * @param nameEn the usual English name
 * @param nameAr the usual Arabic name
 * @param aliases other names and spellings, in any script
 * @param demonyms adjectives and nouns of nationality (countries)
 * @param parent the id of the entity this one belongs to, or empty
 * @param wikidata a Wikidata Q-id, or empty
 * @param geonames a GeoNames id, or empty
 * @param pcode an OCHA P-code, or empty
 * @param lat latitude in degrees, or null
 * @param lon longitude in degrees, or null
 * @param source where the row comes from: {@code opensyria}, {@code geonames}, {@code curated}…
 */
public record Entity(
    String id,
    EntityType type,
    String subtype,
    String nameEn,
    String nameAr,
    List<String> aliases,
    List<String> demonyms,
    String parent,
    String wikidata,
    String geonames,
    String pcode,
    Double lat,
    Double lon,
    String source) {

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    subtype = nonNull(subtype);
    nameEn = nonNull(nameEn);
    nameAr = nonNull(nameAr);
    aliases = List.copyOf(aliases);
    demonyms = List.copyOf(demonyms);
    parent = nonNull(parent);
    wikidata = nonNull(wikidata);
    geonames = nonNull(geonames);
    pcode = nonNull(pcode);
    source = nonNull(source);
  }

  /** The English name, the Arabic name and the aliases, without repeats and empty ones. */
  public List<String> names() {
    LinkedHashSet<String> all = new LinkedHashSet<>();
    for (String n : List.of(nameEn, nameAr)) {
      if (!n.isEmpty()) {
        all.add(n);
      }
    }
    all.addAll(aliases);
    return List.copyOf(all);
  }

  /** This entity with {@code more} aliases added after its own (repeats and its names left out). */
  public Entity withAliases(List<String> more) {
    LinkedHashSet<String> merged = new LinkedHashSet<>(aliases);
    for (String a : more) {
      if (!a.isBlank() && !a.equals(nameEn) && !a.equals(nameAr)) {
        merged.add(a);
      }
    }
    return new Entity(id, type, subtype, nameEn, nameAr, new ArrayList<>(merged), demonyms, parent, wikidata, geonames,
        pcode, lat, lon, source);
  }

  /** This entity under another id. */
  public Entity withId(String newId) {
    return new Entity(newId, type, subtype, nameEn, nameAr, aliases, demonyms, parent, wikidata, geonames, pcode, lat, lon, source);
  }

  /** This entity with another parent. */
  public Entity withParent(String newParent) {
    return new Entity(id, type, subtype, nameEn, nameAr, aliases, demonyms, newParent, wikidata, geonames, pcode, lat, lon, source);
  }

  /**
   * The id's hash: equal entities have equal ids, and resolvers key maps by entity on every query, where hashing every
   * alias of every candidate would cost more than the lookups themselves.
   */
  @Override
  public int hashCode() {
    return id.hashCode();
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
