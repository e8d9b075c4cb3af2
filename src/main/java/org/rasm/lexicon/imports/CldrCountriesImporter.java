package org.rasm.lexicon.imports;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.UResourceBundle;
import com.ibm.icu.util.VersionInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;
import org.rasm.lexicon.Entity;
import org.rasm.lexicon.EntityType;
import org.rasm.lexicon.Lexicon;

/**
 * Adds to each country the names the Unicode CLDR gives it in the languages of the press rasm's users read, from
 * the locale data ICU4J ships (nothing is fetched): "Syrien", "Suriye", "Syrie", "سوریه"… and its endonym when
 * written in Latin or Arabic script ("Azərbaycan", "ایران"; not "Հայաստան", which rasm does not fold).
 *
 * <p>A country is known by its ISO 3166-1 code, found by matching its English name (or, failing that, any of its
 * names) against CLDR's English names of every region, standard, short ("UK") and variant ("Czech Republic"), after
 * search folding. A country that matches no region, or several, is reported and left alone: a guessed code would
 * give it another country's names.
 *
 * <p>Only aliases are added, after the existing ones, and only names that are new to the country (its names and
 * demonyms) after search folding. Abbreviations are left out ("RU" is the French short name of the United Kingdom and
 * Russia's code, "VS" the Dutch one of the United States): a name all in capitals, or made of words of one or two
 * letters only ("É.-U.", "یو کے"). A name that another entity of the lexicon already bears (a name or demonym, after
 * key folding, as the lexicon checker compares them) is skipped and counted: it would make the two ambiguous.
 */
public final class CldrCountriesImporter {
  /**
   * The languages whose names are taken, besides each country's own: those of the press rasm's users read beside
   * Arabic and English, in Latin or Arabic script. Every name added is one more an approximate spelling can land on
   * ("serve" is a letter from Dutch Servië), so no others. Not Persian, Urdu or Sorani: their names of other
   * countries, read in Arabic text, are Arabic words or come near them (شام, the Levant; هند, Hind; مراکش,
   * Marrakesh; نەمسا romanised as "in Homs").
   */
  public static final List<String> LANGUAGES = List.of("en", "fr", "de", "tr", "ku", "ar");

  private static final TextFolder SEARCH = TextFolder.of(FoldProfile.SEARCH);
  private static final TextFolder KEY = TextFolder.of(FoldProfile.KEY);
  private static final String REGION_DATA = "com/ibm/icu/impl/data/icudt" + VersionInfo.ICU_DATA_VERSION_PATH + "/region";

  private CldrCountriesImporter() {}

  /**
   * What an import did.
   *
   * @param entities the rows given, countries with their new aliases
   * @param codes the ISO code found for each matched country id
   * @param unmatched the country ids left alone, each with why
   * @param addedByLanguage how many aliases each language gave, by language code in code order
   * @param collisions the names skipped because another entity bears them, as {@code id: name (other ids)}
   */
  public record Result(List<Entity> entities, Map<String, String> codes, Map<String, String> unmatched,
      Map<String, Integer> addedByLanguage, List<String> collisions) {
    public int added() {
      return addedByLanguage.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /**
   * Adds CLDR's names to the countries among {@code entities}; other rows pass unchanged.
   *
   * @param context the whole lexicon the rows belong to: its other entities' names are not given to a country. Rows
   *     of {@code context} with the id of one of {@code entities} are taken from {@code entities}.
   */
  public static Result merge(List<Entity> entities, Lexicon context) {
    Map<String, Set<String>> idsByKey = new HashMap<>();
    Set<String> ids = new HashSet<>();
    entities.forEach(e -> ids.add(e.id()));
    for (Entity e : context.entities()) {
      if (!ids.contains(e.id())) {
        bear(idsByKey, e);
      }
    }
    entities.forEach(e -> bear(idsByKey, e));

    Map<String, Set<String>> codesByEnglishName = englishNames();
    Set<String> available = new HashSet<>();
    for (ULocale l : ULocale.getAvailableLocales()) {
      available.add(l.getLanguage());
    }
    Map<String, String> codes = new TreeMap<>();
    Map<String, String> unmatched = new TreeMap<>();
    Map<String, Integer> byLanguage = new TreeMap<>();
    List<String> collisions = new ArrayList<>();
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      if (e.type() != EntityType.COUNTRY) {
        out.add(e);
        continue;
      }
      Set<String> found = codesOf(e, codesByEnglishName);
      if (found.size() != 1) {
        unmatched.put(e.id(), found.isEmpty() ? "no CLDR region is named like it" : "named like several CLDR regions: " + found);
        out.add(e);
        continue;
      }
      String code = found.iterator().next();
      codes.put(e.id(), code);
      Set<String> own = new HashSet<>();
      e.names().forEach(n -> own.add(SEARCH.foldToString(n)));
      e.demonyms().forEach(n -> own.add(SEARCH.foldToString(n)));
      List<String> added = new ArrayList<>();
      for (String language : languagesFor(code)) {
        if (!available.contains(language)) {
          continue; // ICU would answer from its root locale: the bare code, or English
        }
        for (String name : namesIn(code, new ULocale(language))) {
          if (name.equals(code) || !oneScript(name) || abbreviation(name) || !own.add(SEARCH.foldToString(name))) {
            continue;
          }
          String key = KEY.foldToString(name);
          Set<String> bearers = idsByKey.getOrDefault(key, Set.of());
          if (bearers.stream().anyMatch(id -> !id.equals(e.id()))) {
            Set<String> others = new TreeSet<>(bearers);
            others.remove(e.id());
            collisions.add(e.id() + ": " + name + " (" + String.join(", ", others) + ")");
            continue;
          }
          added.add(name);
          idsByKey.computeIfAbsent(key, k -> new HashSet<>()).add(e.id());
          byLanguage.merge(language, 1, Integer::sum);
        }
      }
      out.add(e.withAliases(added));
    }
    return new Result(List.copyOf(out), Collections.unmodifiableMap(codes), Collections.unmodifiableMap(unmatched),
        Collections.unmodifiableMap(byLanguage), List.copyOf(collisions));
  }

  private static void bear(Map<String, Set<String>> idsByKey, Entity e) {
    List<String> names = new ArrayList<>(e.names());
    names.addAll(e.demonyms());
    for (String n : names) {
      String key = KEY.foldToString(n);
      if (!key.isEmpty()) {
        idsByKey.computeIfAbsent(key, k -> new HashSet<>()).add(e.id());
      }
    }
  }

  /** The codes whose English names the country's English name matches, or failing that, any of its names. */
  private static Set<String> codesOf(Entity e, Map<String, Set<String>> codesByEnglishName) {
    Set<String> byEnglish = codesByEnglishName.getOrDefault(SEARCH.foldToString(e.nameEn()), Set.of());
    if (!byEnglish.isEmpty()) {
      return byEnglish;
    }
    Set<String> found = new TreeSet<>();
    for (String n : e.names()) {
      found.addAll(codesByEnglishName.getOrDefault(SEARCH.foldToString(n), Set.of()));
    }
    return found;
  }

  private static Map<String, Set<String>> englishNames() {
    Map<String, Set<String>> byName = new HashMap<>();
    for (String code : ULocale.getISOCountries()) {
      for (String name : namesIn(code, ULocale.ENGLISH)) {
        if (!name.equals(code)) {
          byName.computeIfAbsent(SEARCH.foldToString(name), k -> new TreeSet<>()).add(code);
        }
      }
    }
    return byName;
  }

  /** The fixed languages, then the country's likely own language (its endonym), each once. */
  private static Set<String> languagesFor(String code) {
    Set<String> languages = new LinkedHashSet<>(LANGUAGES);
    ULocale likely = ULocale.addLikelySubtags(new ULocale("und_" + code));
    String script = likely.getScript();
    if (script.equals("Latn") || script.equals("Arab")) {
      languages.add(likely.getLanguage());
    }
    return languages;
  }

  /** CLDR's standard, short and variant names of the region in {@code language}, each once. */
  private static Set<String> namesIn(String code, ULocale language) {
    Set<String> names = new LinkedHashSet<>();
    names.add(LocaleDisplayNames.getInstance(language, DisplayContext.LENGTH_FULL).regionDisplayName(code));
    names.add(LocaleDisplayNames.getInstance(language, DisplayContext.LENGTH_SHORT).regionDisplayName(code));
    // ICU has no public call for CLDR's variant names ("Czech Republic", "Turkey"); its region data holds them
    try {
      UResourceBundle regions = UResourceBundle.getBundleInstance(REGION_DATA, language);
      names.add(regions.get("Countries%variant").getString(code));
    } catch (MissingResourceException e) {
      // no variant name for this region in this language
    }
    names.removeIf(String::isBlank);
    return names;
  }

  /** Whether the name is all capitals or made of words of at most two letters: CLDR's short forms abbreviate. */
  private static boolean abbreviation(String name) {
    boolean allCapitals = name.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    boolean shortWords = true;
    for (String word : name.split("[^\\p{L}\\p{M}]+")) {
      shortWords &= word.codePointCount(0, word.length()) <= 2;
    }
    return allCapitals || shortWords;
  }

  /** Whether the name's letters are all Latin or all Arabic: the scripts rasm folds and compares. */
  private static boolean oneScript(String name) {
    Set<Character.UnicodeScript> scripts = new HashSet<>();
    name.codePoints().filter(Character::isLetter).forEach(c -> scripts.add(Character.UnicodeScript.of(c)));
    return scripts.size() == 1 && (scripts.contains(Character.UnicodeScript.LATIN) || scripts.contains(Character.UnicodeScript.ARABIC));
  }
}
