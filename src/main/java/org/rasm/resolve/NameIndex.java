package org.rasm.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.rasm.data.DataTable;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;
import org.rasm.lexicon.Entity;
import org.rasm.lexicon.EntityType;
import org.rasm.lexicon.Lexicon;
import org.rasm.romanize.InvariantKey;

/**
 * The lexicon's names as the resolver looks them up: by each layer's form of a name (as written, search-folded, key,
 * core, bag of words, without modifiers, invariant key and that key a letter short), and the word sets its readings
 * consult (modifiers, demonyms, the words of names). Built once per resolver; read-only after construction, so
 * thread-safe.
 */
final class NameIndex {
  /**
   * Keys one letter away are looked up only down to this length, shorter ones being too many names apart: a letter
   * more or fewer from here, a letter changed from one longer.
   */
  static final int MIN_EDITED_KEY = 4;

  /** The least entities whose names have a word, for the word alone to be no misspelt name ({@link #commonNameWords}). */
  static final int MIN_ENTITIES_OF_COMMON_NAME_WORD = 5;
  static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[ -]");
  private static final java.util.regex.Pattern ARABIC_WORD = java.util.regex.Pattern.compile("[\u0621-\u064A]+");
  private static final TextFolder KEY = TextFolder.of(FoldProfile.KEY);
  private static final String FINAL_ALEF = "ا";

  /**
   * A name of an entity.
   *
   * @param arabic the name in the form {@link ArabicSimilarity} compares, for a name in Arabic script; else null
   * @param foreign for a country's name in Latin letters, its phonetic form with a leading "al" kept: a foreign name,
   *     not a romanised Arabic one ("Almanya" is not al-Manya, nor "Algérie" al-Gérie)
   * @param primary the entity's own English or Arabic name, or an alias that spells it, rather than another alias
   */
  record Entry(Entity entity, NameForms forms, String arabic, String foreign, boolean primary) {
    Entry(Entity entity, NameForms forms, boolean primary) {
      this(entity, forms, forms.arabic() ? ArabicSimilarity.form(forms.core()) : null,
          !forms.arabic() && entity.type() == EntityType.COUNTRY ? NameSimilarity.phonetic(forms.core()) : null, primary);
    }

    Entry(Entity entity, NameForms forms) {
      this(entity, forms, forms.written().equals(entity.nameEn()) || forms.written().equals(entity.nameAr()));
    }

    /** Whether this name, without its qualifier, is a spelling of {@code own}'s, in the same script. */
    boolean spells(Entry own, double threshold) {
      if (own.forms().arabic() != forms.arabic()) {
        return false;
      }
      return arabic != null
          ? ArabicSimilarity.score(arabic, own.arabic()) >= ArabicSimilarity.THRESHOLD
          : NameSimilarity.score(forms.phonetic(), own.forms().phonetic()) >= threshold;
    }
  }

  /** The names by the form each layer compares: as written, search-folded, key, core (qualifiers aside), bag. */
  final Map<String, List<Entry>> exact = new HashMap<>();
  final Map<String, List<Entry>> folded = new HashMap<>();
  final Map<String, List<Entry>> keyed = new HashMap<>();
  final Map<String, List<Entry>> cores = new HashMap<>();
  final Map<String, List<Entry>> bags = new HashMap<>();
  /**
   * Names of two words or more by their key without the modifier words ("مجلس منبج" for مجلس منبج العسكري), for a
   * query that set its own aside.
   */
  final Map<String, List<Entry>> unmodified = new HashMap<>();
  /** The names by their romanisation-invariant key: the fuzzy layer's candidates. */
  final Map<String, List<Entry>> invariant = new HashMap<>();
  /** Each invariant key with one of its letters deleted, to the names of that key. */
  final Map<String, List<Entry>> invariantDeletions = new HashMap<>();
  final Set<String> modifiers = new HashSet<>();
  /** Modifiers set aside only when they end the query, and only once the others are. */
  final Set<String> lastModifiers = new HashSet<>();
  final Set<String> demonyms = new HashSet<>();
  /** Countries by the key of a demonym of theirs that no other country shares. */
  final Map<String, Entity> countryByDemonym = new HashMap<>();
  /** Countries by the key of a one-word name of theirs. */
  final Map<String, Entity> countryByName = new HashMap<>();
  /** Each one-word demonym's key, to the key of its country's first demonym in the same script (for bags). */
  final Map<String, String> demonymForms = new HashMap<>();
  final Map<String, Set<String>> keysById = new HashMap<>();
  /** Every word of the keys of places' names: the last word of a place a query names is one of them. */
  final Set<String> placeWords = new HashSet<>();
  /** The words of countries' names, key-folded. */
  final Set<String> countryWords = new HashSet<>();
  /** The words of armed actors' names, key-folded: a query's last word that is none ties it to no actor. */
  final Set<String> actorWords = new HashSet<>();
  /** The ids of the entities with a name in Arabic script. */
  final Set<String> arabicNamed = new HashSet<>();
  /** The phonetic forms of the cores of each entity's names in Latin letters, acronyms aside, by id. */
  final Map<String, Set<String>> latinPhonetics = new HashMap<>();
  /** Every word of every name's key. */
  final Set<String> nameWords;
  /** The invariant keys of the words of names: a reading that meets none of them meets no name. */
  final Set<String> nameWordInvariants;
  /** Words of the names of many entities that name none alone: Jabal, Deir, Kafr. */
  final Set<String> commonNameWords;
  /** Keys of places outside the lexicon ({@link OtherPlaces}) that no name of the lexicon has. */
  final Set<String> otherPlaces;
  /**
   * The places' short names that only say where another lies, search-folded, article and all, to the place
   * ({@code context-names.tsv}).
   */
  final Map<String, Entity> contextNames;
  /** Where the entities lie, found by this index's keys and invariant keys and the context names. */
  final Geography geography;

  /**
   * The keys and cores of names in Arabic script of two words or more, by their skeleton ({@link ArabicDots#skeleton}):
   * a whole name a letter's dots away is a slip, whatever word the slip makes (عين الغرب, باب شرفي).
   */
  private final Map<String, Set<String>> arabicBySkeleton = new HashMap<>();

  /** Each entity's own English and Arabic names, key-folded, by id: ranking compares them for every pair of candidates. */
  private final Map<String, List<String>> ownNameKeys = new HashMap<>();

  NameIndex(Lexicon lexicon, double threshold) {
    for (Entity e : lexicon.entities()) {
      ownNameKeys.put(e.id(), List.of(KEY.foldToString(e.nameEn()), KEY.foldToString(e.nameAr())));
    }
    for (DataTable.Row row : DataTable.read(Resolver.class, "modifiers.tsv", 3)) {
      (row.cell(1).equals("last") ? lastModifiers : modifiers).add(NameForms.of(row.cell(0)).key());
    }
    for (Entity e : lexicon.entities()) {
      // each one-word demonym of a country stands in bags for the country's first one-word demonym in its script
      Map<Boolean, String> first = new HashMap<>();
      for (String d : e.demonyms()) {
        NameForms f = NameForms.of(d);
        if (!f.key().isEmpty() && f.key().indexOf(' ') < 0) {
          demonymForms.putIfAbsent(f.key(), first.computeIfAbsent(f.arabic(), x -> f.key()));
        }
      }
    }
    Set<String> sharedDemonyms = new HashSet<>();
    // every word of every name's key: a query's word that is none may be a misspelt word
    Set<String> nameWords = new HashSet<>();
    Map<String, Set<String>> entitiesByNameWord = new HashMap<>();
    Map<String, Set<String>> invariantsById = new HashMap<>();
    for (Entity e : lexicon.entities()) {
      for (String d : e.demonyms()) {
        String k = NameForms.of(d).key();
        demonyms.add(k);
        Entity before = e.type() == EntityType.COUNTRY ? countryByDemonym.putIfAbsent(k, e) : null;
        if (before != null && before != e) {
          sharedDemonyms.add(k);
        }
      }
      if (e.type() == EntityType.COUNTRY) {
        // a country's one-word names say whose or where, like its demonyms ("Turkey-backed SNA", "North Press Syria")
        for (String n : e.names()) {
          String k = NameForms.of(n).key();
          if (!k.isEmpty() && k.indexOf(' ') < 0) {
            demonyms.add(k);
            countryByName.putIfAbsent(k, e);
          }
        }
      }
      List<Entry> own = new ArrayList<>(2);
      for (String written : List.of(e.nameEn(), e.nameAr())) {
        if (!written.isEmpty()) {
          own.add(new Entry(e, NameForms.of(written, demonymForms), true));
        }
      }
      for (String written : e.names()) {
        NameForms f = NameForms.of(written, demonymForms);
        Entry plain = new Entry(e, f);
        // an alias that spells the entity's own name ("Khmeimim air base" for Hmeimim air base) stands for it
        boolean spellsOwn = !plain.primary() && qualified(f) && own.stream().anyMatch(o -> plain.spells(o, threshold));
        Entry entry = spellsOwn ? new Entry(e, f, true) : plain;
        add(exact, f.written(), entry);
        add(folded, f.folded(), entry);
        add(keyed, f.key(), entry);
        add(cores, f.core(), entry);
        add(bags, f.bag(), entry);
        String bare = withoutModifiers(f.key(), f.folded(), MODIFIERS);
        if (bare != null && bare.indexOf(' ') > 0) {
          add(unmodified, bare, entry);
        }
        invariantsById.computeIfAbsent(e.id(), k -> new HashSet<>()).add(f.invariant());
        keysById.computeIfAbsent(e.id(), k -> new HashSet<>()).add(f.key());
        if (f.arabic()) {
          arabicNamed.add(e.id());
          for (String form : List.of(f.key(), f.core())) {
            if (form.indexOf(' ') > 0) {
              arabicBySkeleton.computeIfAbsent(ArabicDots.skeleton(form), k -> new HashSet<>()).add(form);
            }
          }
        }
        for (String word : WORD_BREAK.split(f.key())) {
          nameWords.add(word);
          entitiesByNameWord.computeIfAbsent(word, w -> new HashSet<>()).add(e.id());
        }
        if (e.type() == EntityType.COUNTRY) {
          countryWords.addAll(Arrays.asList(WORD_BREAK.split(f.key())));
        }
        if (e.type() == EntityType.PLACE || e.type() == EntityType.COUNTRY) {
          placeWords.addAll(Arrays.asList(WORD_BREAK.split(f.key())));
        } else if (e.type() == EntityType.ACTOR) {
          actorWords.addAll(Arrays.asList(WORD_BREAK.split(f.key())));
        }
        if (!f.acronym() && !f.arabic()) {
          latinPhonetics.computeIfAbsent(e.id(), k -> new HashSet<>()).add(f.phonetic());
        }
        if (!f.acronym()) {
          add(invariant, f.invariant(), entry);
          if (f.invariant().length() >= MIN_EDITED_KEY) {
            for (String d : deletions(f.invariant())) {
              add(invariantDeletions, d, entry);
            }
          }
        }
      }
    }
    countryByDemonym.keySet().removeAll(sharedDemonyms);
    Map<String, List<Entity>> placesByKey = entities(keyed);
    Map<String, List<Entity>> placesByInvariant = entities(invariant);
    Map<String, Entity> contexts = new HashMap<>();
    // a lexicon of the user's own may lack the places the table names
    for (DataTable.Row row : DataTable.read(Resolver.class, "context-names.tsv", 3)) {
      Entity place = lexicon.get(row.cell(1)).orElse(null);
      if (place == null) {
        continue;
      }
      NameForms f = NameForms.of(row.cell(0));
      contexts.put(f.folded(), place);
      placesByKey.merge(f.key(), List.of(place), NameIndex::union);
      placesByInvariant.merge(f.invariant(), List.of(place), NameIndex::union);
    }
    contextNames = Map.copyOf(contexts);
    geography = new Geography(lexicon, placesByKey, placesByInvariant, invariantsById);
    Set<String> others = new HashSet<>(OtherPlaces.keys());
    others.removeAll(keyed.keySet());
    otherPlaces = Set.copyOf(others);
    this.nameWords = Set.copyOf(nameWords);
    Set<String> wordInvariants = new HashSet<>();
    for (String word : nameWords) {
      wordInvariants.add(InvariantKey.ofKeyFolded(word));
    }
    nameWordInvariants = Set.copyOf(wordInvariants);
    Set<String> common = new HashSet<>();
    entitiesByNameWord.forEach((w, ids) -> {
      if (ids.size() >= MIN_ENTITIES_OF_COMMON_NAME_WORD && !keyed.containsKey(w)) {
        common.add(w);
      }
    });
    commonNameWords = Set.copyOf(common);
  }

  private static List<Entity> union(List<Entity> a, List<Entity> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList();
  }

  /**
   * The one entity that bears the name of {@code e}, which lies outside {@code place}, and lies in it: naming the
   * place tells namesakes apart, however each is spelt ("Salhiyeh, Abu Kamal countryside" is the al-Salihiyah by Abu
   * Kamal, though "Salhiyeh" is an alias of the one by Deir ez-Zor). Empty when {@code e} lies in the place, or none or
   * several such namesakes do.
   */
  Optional<Entity> namesakeIn(Entity e, Geography.PlaceName place, Predicate<Entity> types) {
    if (geography.within(e, place)) {
      return Optional.empty();
    }
    Set<Entity> found = new HashSet<>();
    for (String n : List.of(e.nameEn(), e.nameAr())) {
      for (Entry x : n.isEmpty() ? List.<Entry>of() : keyed.getOrDefault(KEY.foldToString(n), List.of())) {
        Entity other = x.entity();
        if (other != e && sameName(other, e) && types.test(other) && geography.within(other, place)) {
          found.add(other);
        }
      }
    }
    return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
  }

  /**
   * True when two entities bear the same name, in English or in Arabic: their other spellings tell them apart no
   * better than chance (al-Salihiyah, a village, and al-Salihiyah, a quarter, romanised Salhiyeh or Salihiya).
   */
  boolean sameName(Entity a, Entity b) {
    List<String> ka = ownNameKeys.get(a.id());
    List<String> kb = ownNameKeys.get(b.id());
    return ka.get(0).equals(kb.get(0)) || !a.nameAr().isEmpty() && ka.get(1).equals(kb.get(1));
  }

  /** The entities of each name of {@code index}, each once. */
  private static Map<String, List<Entity>> entities(Map<String, List<Entry>> index) {
    Map<String, List<Entity>> m = new HashMap<>();
    index.forEach((k, entries) -> m.put(k, entries.stream().map(Entry::entity).distinct().toList()));
    return m;
  }

  private static void add(Map<String, List<Entry>> index, String k, Entry entry) {
    if (k.isEmpty()) {
      return;
    }
    List<Entry> list = index.computeIfAbsent(k, x -> new ArrayList<>(1));
    for (int i = 0; i < list.size(); i++) {
      Entry e = list.get(i);
      if (e.entity() == entry.entity() && e.forms().phonetic().equals(entry.forms().phonetic())
          && e.forms().arabic() == entry.forms().arabic()) {
        // one entry per spelling; the bare name ("Wagner") outranks the qualified one ("Wagner Group"), which a bare
        // query reaches only at a discount
        if (qualified(e.forms()) && !qualified(entry.forms())
            || qualified(e.forms()) == qualified(entry.forms()) && entry.primary() && !e.primary()) {
          list.set(i, entry);
        }
        return;
      }
    }
    list.add(entry);
  }

  /**
   * How near the Latin names of entity {@code id} come to {@code transliterated}, an Arabic name's phonetic form: the
   * best score of one, 0 when it has none.
   */
  double latinSpelling(String id, String transliterated) {
    double best = 0;
    for (String latin : latinPhonetics.getOrDefault(id, Set.of())) {
      best = Math.max(best, NameSimilarity.scoreAgainstUnvocalised(latin, transliterated));
    }
    return best;
  }

  /**
   * The names whose invariant key is one letter away from {@code key} (a letter more, fewer or other: "United
   * Nation", "Qereqozax"), for a query whose own key meets none; verification decides as for any candidate. A key of
   * the least length has a letter fewer or changed only in a query of several words ({@code severalWords}: "Nevruz
   * camp", "East Hasakha Dam"): one word alone so near a name is as often a person's (Ferhat, Herbin).
   */
  List<Entry> oneLetterAway(String key, boolean severalWords) {
    if (key.length() < MIN_EDITED_KEY) {
      return List.of();
    }
    Set<Entry> found = new java.util.LinkedHashSet<>(invariantDeletions.getOrDefault(key, List.of()));
    if (key.length() > MIN_EDITED_KEY || severalWords) {
      for (String d : deletions(key)) {
        found.addAll(invariant.getOrDefault(d, List.of()));
        found.addAll(invariantDeletions.getOrDefault(d, List.of()));
      }
    }
    return new ArrayList<>(found);
  }

  /**
   * The one key or core of a name of two words or more in Arabic script that {@code form}, key-folded, is a letter's
   * dots away from; null when none is, or more than one.
   */
  String oneDotAway(String form) {
    String only = null;
    for (String name : arabicBySkeleton.getOrDefault(ArabicDots.skeleton(form), Set.of())) {
      if (ArabicDots.oneLetterApart(form, name)) {
        if (only != null) {
          return null;
        }
        only = name;
      }
    }
    return only;
  }

  /**
   * The names whose key is {@code key}, which ends in alef, with its final a written another way: ة (folded to ه) or ى
   * (folded to ي) for the alef (حزا, حزة; نوا, نوى), or ة after it (حما, حماة). Not from a final ة of the query: a
   * short word ending so is most often a noun (شقة, "flat", is not Shaqqa), and a final ي a nisba or a man's name.
   */
  List<Entry> finalASpelt(String key) {
    if (!key.endsWith(FINAL_ALEF)) {
      return List.of();
    }
    String stem = key.substring(0, key.length() - 1);
    List<Entry> found = new ArrayList<>();
    for (String spelt : List.of(stem + "ه", stem + "ي", key + "ه")) {
      found.addAll(keyed.getOrDefault(spelt, List.of()));
    }
    return found;
  }

  private static Set<String> deletions(String key) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < key.length(); i++) {
      out.add(key.substring(0, i) + key.substring(i + 1));
    }
    return out;
  }

  /** The words set aside at one retry: modifiers, demonyms, and up to so many class words that may only end a query. */
  record SetAside(boolean modifiers, boolean demonyms, int endingClassWords) {}

  /** The retries of a query that found nothing, in order. */
  static final SetAside MODIFIERS = new SetAside(true, false, 0);
  static final List<SetAside> SET_ASIDE = List.of(
      MODIFIERS, new SetAside(false, true, 0), new SetAside(true, true, 0),
      new SetAside(false, false, 1), new SetAside(false, false, Integer.MAX_VALUE),
      new SetAside(true, false, Integer.MAX_VALUE), new SetAside(true, true, Integer.MAX_VALUE));

  /** The key without the words {@code aside} sets aside; null when it has none or nothing else. */
  String withoutModifiers(String key, String folded, SetAside aside) {
    List<String> kept = new ArrayList<>();
    List<String> setAside = new ArrayList<>();
    String[] words = key.indexOf('-') < 0 ? key.split(" ") : WORD_BREAK.split(key);
    // qualifiers stay: "Sednaya military jail" without "military" still asks for a prison
    for (int i = 0; i < words.length; i++) {
      String t = words[i];
      if (!(aside.modifiers() && modifiers.contains(t)) && !(aside.demonyms() && demonyms.contains(t)
          && !inConstruct(words, folded, i, aside.modifiers()) && !describedAfter(words, folded, i))) {
        kept.add(t);
      } else {
        setAside.add(t);
      }
    }
    int comma = folded.indexOf(',');
    if (comma > 0 && setAside.equals(Arrays.asList(KEY.foldToString(folded.substring(0, comma)).split(" ")))) {
      // the words set aside are all that comes before a comma: the name, and what follows says where it is ("العراق،
      // الشرق الأوسط" is Iraq, not a newspaper)
      return null;
    }
    if (kept.size() == words.length && (aside.endingClassWords() == 0 || !lastModifiers.contains(words[words.length - 1]))) {
      return null;
    }
    // one first: "عرب نيوز الإنجليزية" is عرب نيوز, not عرب
    for (int n = 0; n < aside.endingClassWords() && !kept.isEmpty() && lastModifiers.contains(kept.get(kept.size() - 1));
        n++) {
      kept.remove(kept.size() - 1);
    }
    if (!kept.isEmpty() && NameForms.isStopword(kept.get(0)) && !key.startsWith(kept.get(0) + ' ')) {
      // the words set aside were the name, and the rest says where it is or what it has: "إيران في الشرق الأوسط" is
      // Iran, not a newspaper
      return null;
    }
    String rest = String.join(" ", kept);
    return kept.isEmpty() || rest.equals(key) ? null : rest;
  }

  /**
   * True when every word of {@code key} is a modifier that may only end a query or a word for a kind of thing, and one
   * is a modifier: الإخباري, online, rebels; "نت الإخباري".
   */
  boolean onlyClassWords(String key) {
    boolean classWord = false;
    for (String word : key.split(" ")) {
      classWord |= lastModifiers.contains(word);
      if (!lastModifiers.contains(word) && !NameForms.isQualifier(word)) {
        return false;
      }
    }
    return classWord;
  }

  /**
   * The forms of {@code rest}, the key of what a query keeps once words are set aside, from the query's own words where
   * they give that key: "RBSS activists" keeps RBSS in capitals, an acronym still.
   */
  NameForms asWritten(String query, String rest) {
    Set<String> kept = new HashSet<>(Arrays.asList(rest.split(" ")));
    StringBuilder words = new StringBuilder();
    for (String word : Words.of(query)) {
      if (kept.contains(KEY.foldToString(word))) {
        words.append(words.length() == 0 ? "" : " ").append(word);
      }
    }
    NameForms written = words.length() == 0 ? null : NameForms.of(words.toString(), demonymForms);
    return written != null && written.key().equals(rest) ? written : NameForms.of(rest, demonymForms);
  }

  /**
   * True when the word at {@code i} is an Arabic country's name after a word without the article, which is in construct
   * with it ("جزيرة البحرين", the island of Bahrain; "دولة إيران"): that word is no name apart from the country, unless
   * it is a modifier and {@code modifiersAside}, set aside with it (دولة الإمارات is the Emirates). {@code folded},
   * the query as search folding keeps it, articles and all, gives the words as written when its words are as many.
   */
  private boolean inConstruct(String[] words, String folded, int i, boolean modifiersAside) {
    if (i == 0 || !countryByName.containsKey(words[i]) || countryByDemonym.containsKey(words[i])) {
      return false;
    }
    String[] written = WORD_BREAK.split(folded);
    return words.length == written.length && ARABIC_WORD.matcher(written[i - 1]).matches()
        && ARABIC_WORD.matcher(written[i]).matches() && !written[i - 1].startsWith("ال")
        && !(modifiersAside && modifiers.contains(words[i - 1])) && !Locatives.isLocative(words[i - 1]);
  }

  /**
   * True when the word at {@code i} is an Arabic country's name with the article, and an Arabic word with the article
   * follows it, which describes it as an adjective does ("الإمارات العربية", the Arab Emirates): the country is the name,
   * and the adjective alone is none (العربية, a channel).
   */
  private boolean describedAfter(String[] words, String folded, int i) {
    if (i + 1 >= words.length || !countryByName.containsKey(words[i]) || countryByDemonym.containsKey(words[i])) {
      return false;
    }
    String[] written = WORD_BREAK.split(folded);
    return words.length == written.length && ARABIC_WORD.matcher(written[i]).matches() && written[i].startsWith("ال")
        && ARABIC_WORD.matcher(written[i + 1]).matches() && written[i + 1].startsWith("ال");
  }

  /**
   * True when a name has qualifier words ({@code qualifiers.tsv}) that its core sets aside and that say what kind
   * of thing it is; words that name no kind ("the", "Russian" in "Russian Federation") leave the name bare.
   */
  static boolean qualified(NameForms f) {
    return !f.core().equals(f.key()) && !f.subtypes().isEmpty();
  }

  /** True when the name holds the words: جسر الشغور is a town whose name says bridge, not a bridge. */
  boolean bearsWords(String name, Set<String> words) {
    List<String> own = Arrays.asList(WORD_BREAK.split(NameForms.of(name, demonymForms).key()));
    for (String word : words) {
      // or begins with the Arabic word for it: Bab Sharqi is a gate, Sahl al-Ghab a plain
      String head = TurkishKurdish.arabicHead(word);
      if (!own.contains(word) && (head == null || !own.get(0).equals(head))) {
        return false;
      }
    }
    return true;
  }
}
