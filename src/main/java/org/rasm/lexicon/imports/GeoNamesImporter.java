package org.rasm.lexicon.imports;

import java.io.BufferedReader;
import java.nio.charset.CharacterCodingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;
import org.rasm.lexicon.Entity;
import org.rasm.lexicon.EntityType;
import org.rasm.lexicon.Lexicon;

/**
 * Reads GeoNames populated places into place entities. Two inputs are understood:
 * <ul>
 *   <li>GeoNames' documented 19-column country dump ({@code SY.txt}: geonameid, name, asciiname, alternatenames,
 *       latitude, longitude, feature class, feature code, country code, cc2, admin1 … admin4 codes, population,
 *       elevation, dem, timezone, modification date), optionally with the {@code alternateNames} file (its Arabic
 *       and English preferred names become name_ar and name_en; {@code wkdt} rows give the Wikidata id);
 *   <li>a cities extract with the header {@code geonameid, name, admin1_code, admin1_name, name_ar}.
 * </ul>
 * Feature class P only; historical and destroyed places (PPLH, PPLW, PPLQ) are left out. A place's parent is the
 * administrative unit of the lexicon that is named like it inside its governorate (the town of al-Mayadin under Mayadin
 * subdistrict), otherwise the unit its GeoNames admin codes point to, otherwise its governorate. GeoNames admin1 codes
 * are not OCHA P-codes: the governorate is found through the ADM1 rows of the dump (by GeoNames id) or by name.
 *
 * <pre>{@code
 * List<Entity> places = GeoNamesImporter.read(Path.of("SY.txt"), Path.of("alternateNamesV2.txt"), Lexicon.defaults());
 * }</pre>
 */
public final class GeoNamesImporter {
  private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");
  private static final Set<String> SKIPPED_CODES = Set.of("PPLH", "PPLW", "PPLQ");
  private static final Set<String> SKIPPED_LANGUAGES = Set.of("link", "post", "iata", "icao", "faac", "tcid", "unlc", "abbr", "wkdt");
  private static final TextFolder KEY = TextFolder.of(FoldProfile.KEY);

  private GeoNamesImporter() {}

  /** The source id imports are matched on: the GeoNames id. */
  public static String sourceKey(Entity e) {
    return e.geonames();
  }

  /**
   * @param places the dump or the cities extract
   * @param alternateNames GeoNames' alternateNames file, or null
   * @param admin the lexicon whose governorates, districts and subdistricts become parents
   */
  public static List<Entity> read(Path places, Path alternateNames, Lexicon admin) throws IOException {
    AdminIndex index = new AdminIndex(admin);
    try (BufferedReader r = Files.newBufferedReader(places, StandardCharsets.UTF_8)) {
      String first = r.readLine();
      if (first == null) {
        return List.of();
      }
      if (first.startsWith("geonameid\t")) {
        return readCitiesExtract(places, first, r, index);
      }
      return readDump(places, first, r, alternateNames, index);
    } catch (CharacterCodingException e) {
      throw notUtf8(places, e);
    }
  }

  private static IOException notUtf8(Path file, CharacterCodingException e) {
    return new IOException(file + ": not UTF-8, as GeoNames files are", e);
  }

  private static List<Entity> readDump(Path file, String firstLine, BufferedReader r, Path alternateNames, AdminIndex index) throws IOException {
    List<String[]> rows = new ArrayList<>();
    int lineNo = 0;
    for (String line = firstLine; line != null; line = r.readLine()) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length != 19) {
        throw new IOException(file + ":" + lineNo + ": a GeoNames dump row has 19 columns, this one " + c.length);
      }
      rows.add(c);
    }
    // ADM rows tie GeoNames admin codes to the lexicon's units (through their GeoNames ids)
    Map<String, String> adminByCode = new HashMap<>();
    for (String[] c : rows) {
      if (c[6].equals("A") && c[7].matches("ADM[123]")) {
        index.byGeonames(c[0]).ifPresent(id -> adminByCode.put(adminCode(c, c[7].charAt(3) - '0'), id));
      }
    }
    rows.removeIf(c -> !c[6].equals("P") || SKIPPED_CODES.contains(c[7]));
    Set<String> wanted = new HashSet<>();
    rows.forEach(c -> wanted.add(c[0]));
    // the alternateNames file may be GeoNames' worldwide one: keep only the places read
    Map<String, Names> names = alternateNames == null ? Map.of() : readAlternateNames(alternateNames, wanted);
    List<Entity> out = new ArrayList<>();
    for (String[] c : rows) {
      Names n = names.getOrDefault(c[0], new Names());
      Set<String> aliases = new LinkedHashSet<>();
      aliases.add(c[1]);
      aliases.add(c[2]);
      for (String alt : c[3].split(",")) {
        if (!alt.isBlank()) {
          aliases.add(alt.strip());
        }
      }
      aliases.addAll(n.other);
      String nameAr = n.ar != null ? n.ar : aliases.stream().filter(a -> ARABIC.matcher(a).find()).findFirst().orElse("");
      String nameEn = n.en != null ? n.en : Slugs.ascii(c[1]);
      String governorate = adminByCode.get(adminCode(c, 1));
      String fromCodes = adminByCode.getOrDefault(adminCode(c, 3), adminByCode.getOrDefault(adminCode(c, 2), governorate));
      List<String> all = new ArrayList<>(aliases);
      all.add(nameEn);
      all.add(nameAr);
      String parent = index.namedLike(all, governorate).orElse(fromCodes == null ? "" : fromCodes);
      aliases.remove(nameEn);
      aliases.remove(nameAr);
      aliases.removeIf(a -> a.indexOf('|') >= 0);
      long population = c[14].isEmpty() ? 0 : Long.parseLong(c[14]);
      out.add(new Entity("place:" + Slugs.of(nameEn), EntityType.PLACE, subtype(c[7], population), nameEn, nameAr,
          new ArrayList<>(aliases), List.of(), parent, n.wikidata == null ? "" : n.wikidata, c[0], "",
          Double.valueOf(c[4]), Double.valueOf(c[5]), "geonames"));
    }
    return out;
  }

  private static String adminCode(String[] c, int level) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < level; i++) {
      if (c[10 + i].isEmpty()) {
        return null;
      }
      sb.append(c[10 + i]).append('.');
    }
    return sb.toString();
  }

  private static String subtype(String featureCode, long population) {
    return switch (featureCode) {
      case "PPLC", "PPLA" -> "city";
      case "PPLX" -> "neighbourhood";
      case "PPLA2", "PPLA3" -> population >= 50_000 ? "city" : "town";
      default -> population >= 50_000 ? "city" : population >= 5_000 ? "town" : "village";
    };
  }

  private static List<Entity> readCitiesExtract(Path file, String header, BufferedReader r, AdminIndex index) throws IOException {
    List<String> cols = List.of(header.split("\t"));
    int id = cols.indexOf("geonameid");
    int name = cols.indexOf("name");
    int admin1Name = cols.indexOf("admin1_name");
    int nameAr = cols.indexOf("name_ar");
    if (id < 0 || name < 0 || admin1Name < 0 || nameAr < 0) {
      throw new IOException(file + ":1: a cities extract needs the columns geonameid, name, admin1_name and name_ar");
    }
    List<Entity> out = new ArrayList<>();
    String line;
    int lineNo = 1;
    while ((line = r.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length != cols.size()) {
        throw new IOException(file + ":" + lineNo + ": expected " + cols.size() + " tab-separated columns, found " + c.length);
      }
      String en = Slugs.ascii(c[name]);
      String governorate = index.governorateNamed(c[admin1Name].replaceAll("(?i)\\s*governorate$", "")).orElse("");
      List<String> aliases = new ArrayList<>();
      if (!c[name].equals(en)) {
        aliases.add(c[name]);
      }
      String ar = c[nameAr].strip();
      if (!ARABIC.matcher(ar).find()) { // some rows of the extract carry a Latin name there
        if (!ar.isEmpty() && !aliases.contains(ar) && !ar.equals(en)) {
          aliases.add(ar);
        }
        ar = "";
      }
      String parent = index.namedLike(List.of(c[name], en, c[nameAr]), governorate).orElse(governorate);
      out.add(new Entity("place:" + Slugs.of(c[name]), EntityType.PLACE, "city", en, ar, aliases, List.of(), parent,
          "", c[id], "", null, null, "geonames"));
    }
    return out;
  }

  private static final class Names {
    String ar;
    String en;
    String wikidata;
    final Set<String> other = new LinkedHashSet<>();
  }

  private static Map<String, Names> readAlternateNames(Path file, Set<String> wanted) throws IOException {
    Map<String, Names> map = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] c = line.split("\t", -1);
        if (c.length < 4 || !wanted.contains(c[1])) {
          continue;
        }
        Names n = map.computeIfAbsent(c[1], k -> new Names());
        String lang = c[2];
        boolean preferred = c.length > 4 && c[4].equals("1");
        boolean historic = c.length > 7 && c[7].equals("1");
        if (lang.equals("wkdt")) {
          n.wikidata = c[3];
        } else if (!SKIPPED_LANGUAGES.contains(lang) && !historic) {
          if (lang.equals("ar") && (n.ar == null || preferred)) {
            n.ar = c[3];
          } else if (lang.equals("en") && (n.en == null || preferred)) {
            n.en = c[3];
          }
          n.other.add(c[3]);
        }
      }
    } catch (CharacterCodingException e) {
      throw notUtf8(file, e);
    }
    return map;
  }

  /** The administrative units of a lexicon, found by GeoNames id or by name key within a governorate. */
  private static final class AdminIndex {
    private final Lexicon lexicon;
    private final Map<String, String> byGeonames = new HashMap<>();
    private final Map<String, List<Entity>> unitsByGovernorate = new LinkedHashMap<>();
    private final Map<String, Set<String>> keysById = new HashMap<>();

    AdminIndex(Lexicon lexicon) {
      this.lexicon = lexicon;
      for (Entity e : lexicon.entities()) {
        if (!Set.of("governorate", "district", "subdistrict").contains(e.subtype())) {
          continue;
        }
        if (!e.geonames().isEmpty()) {
          byGeonames.put(e.geonames(), e.id());
        }
        keysById.put(e.id(), keys(unitNames(e)));
        unitsByGovernorate.computeIfAbsent(governorateOf(e), k -> new ArrayList<>()).add(e);
      }
    }

    java.util.Optional<String> byGeonames(String geonameId) {
      return java.util.Optional.ofNullable(byGeonames.get(geonameId));
    }

    java.util.Optional<String> governorateNamed(String name) {
      String k = KEY.foldToString(name);
      return lexicon.entities().stream()
          .filter(e -> e.subtype().equals("governorate") && keysById.get(e.id()).contains(k))
          .map(Entity::id).findFirst();
    }

    /** The deepest unit of the governorate that shares a name key with the place. */
    java.util.Optional<String> namedLike(List<String> placeNames, String governorate) {
      if (governorate == null || governorate.isEmpty()) {
        return java.util.Optional.empty();
      }
      Set<String> keys = keys(placeNames);
      Entity best = null;
      for (Entity unit : unitsByGovernorate.getOrDefault(governorate, List.of())) {
        Set<String> unitKeys = keysById.get(unit.id());
        if (unitKeys.stream().anyMatch(keys::contains) && (best == null || depth(unit) > depth(best))) {
          best = unit;
        }
      }
      return java.util.Optional.ofNullable(best).map(Entity::id);
    }

    private String governorateOf(Entity e) {
      Entity current = e;
      while (current != null && !current.subtype().equals("governorate")) {
        current = lexicon.get(current.parent()).orElse(null);
      }
      return current == null ? "" : current.id();
    }

    private static int depth(Entity e) {
      return switch (e.subtype()) {
        case "subdistrict" -> 3;
        case "district" -> 2;
        default -> 1;
      };
    }

    /** A unit's names, and each again without the words that say it is a unit (ناحية مركز الحسكة: الحسكة). */
    private static List<String> unitNames(Entity e) {
      List<String> names = new ArrayList<>(e.names());
      for (String n : e.names()) {
        names.add(n.replaceAll("(?i)^(nahiyat|nāḩiyat|mintaqat|manṭiqat|muhafazat|markaz)\\s+|\\s+(subdistrict|district|governorate|province)$", "")
            .replaceAll("^(ناحية|منطقة|محافظة)\\s+", "").replaceAll("^مركز\\s+", ""));
      }
      return names;
    }

    private static Set<String> keys(List<String> names) {
      Set<String> keys = new HashSet<>();
      for (String n : names) {
        String k = KEY.foldToString(n);
        if (!k.isEmpty()) {
          keys.add(k);
        }
      }
      return keys;
    }
  }
}
