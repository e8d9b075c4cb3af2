package org.rasm.resolve;

import static org.rasm.resolve.KindsAsked.askedFor;
import static org.rasm.resolve.KindsAsked.ofAskedKind;
import static org.rasm.resolve.NameIndex.WORD_BREAK;
import static org.rasm.resolve.PlaceKinds.SETTLEMENTS;
import static org.rasm.resolve.PlaceKinds.UNITS;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.rasm.data.DataTable;
import org.rasm.data.SortedWords;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;
import org.rasm.lexicon.Entity;
import org.rasm.lexicon.EntityType;
import org.rasm.lexicon.Lexicon;
import org.rasm.resolve.NameIndex.Entry;

/**
 * Matches one name against the {@link NameIndex}, layer by layer from strict to loose (as written, folded, key,
 * fuzzy), and ranks what it finds; {@link Resolver} calls it for the query and for each reading of it. Immutable and
 * thread-safe.
 */
final class NameMatcher {
  private static final TextFolder SEARCH = TextFolder.of(FoldProfile.SEARCH);
  private static final TextFolder KEY = TextFolder.of(FoldProfile.KEY);
  /** Scores of the key layer: equal keys; equal once qualifiers or word order are set aside. */
  static final double KEY_SCORE = 0.97;
  static final double BAG_SCORE = 0.93;
  /** The similarity a name one letter away must have: nearer than the threshold asks of names with the same key. */
  static final double EDITED_MINIMUM = 0.85;
  /** The least score of an Arabic spelling that a romanisation of the name can vouch for ({@link #vouched}). */
  static final double VOUCHED_MINIMUM = 0.85;
  /** The least score of a romanisation that vouches for an Arabic spelling ({@link #vouched}). */
  static final double VOUCHING_ROMANISATION = 0.95;
  /** The same, when names of the query's own invariant key were found, but none spelt near it. */
  static final double EDITED_NEARER = 0.9;
  static final double CORE_SCORE = 0.9;
  /** A name that met the query only once its own qualifier was set aside ("Tabka Dam" for "Tabka"). */
  static final double QUALIFIER_DISCOUNT = 0.95;
  /** A name of the kind the query asks for, but called so with other words ("Damascus Countryside" for a governorate). */
  static final double OTHER_QUALIFIER = 0.97;
  /** A query that met a name only once its modifiers were set aside ("Turkish-backed SNA"). */
  static final double MODIFIER_DISCOUNT = 0.95;
  /** The fuzzy layer across scripts, where the organisation minimum does not apply; reported as {@code fuzzy}. */
  static final String CROSS_SCRIPT = "fuzzy/cross-script";
  /** A query's last word after "in" or في: the place it says a name lies in. */
  private static final java.util.regex.Pattern FINAL_IN =
      java.util.regex.Pattern.compile("(?i)\\s(?:in|في)\\s+(\\S+)\\s*$");
  /** A Latin word of no more consonants than this is no name left alone once the query's other words are set aside. */
  private static final int MAX_SHORT_REMAINDER = 1;
  /** Kinds of site a bare query reaches by the entity's own name ({@code bare-names.tsv}). */
  private static final Set<String> BARE_SUBTYPES = DataTable.firstCells(Resolver.class, "bare-names.tsv", 2, kind -> kind);
  /**
   * The discount of an Arabic word read through the transliteration as a country's foreign name (كنادا, Canada): an
   * Arabic spelling of a foreign person's name is as near (عيران, سعدان), so only a near-perfect reading passes.
   */
  static final double FOREIGN_COUNTRY_NAME = 0.92;
  /**
   * The least similarity of one Latin word without the article to a country's Arabic name: the romanised name is
   * written with its article (al-Yaban, an-Nurwij); without it, the word is as likely a surname that says where a
   * family came from (Jazayeri, Moghrabi, Sodai).
   */
  static final double BARE_ROMANISED_COUNTRY = 0.95;
  /** The fewest letters of an Arabic word read as a country's foreign name. */
  private static final int MIN_FOREIGN_COUNTRY_NAME = 5;
  /** Shorter words (in, of, an) are English and other languages' alike: they make no query English. */
  private static final int MIN_ENGLISH_WORD = 3;
  /** The fewest letters of a word without the article whose final ى is read as a long a ({@link #endsInLongA}). */
  private static final int MIN_LONG_A_WORD = 5;
  private static final String EUROPEAN_LETTERS =
      String.join("", DataTable.firstCells(Resolver.class, "european-letters.tsv", 2, letter -> letter));
  private static final SortedWords ENGLISH_WORDS =
      new SortedWords(DataTable.firstCells(Resolver.class, "english-words.tsv", 1, word -> word));
  /** How near a given name beginning a query must be spelt to a word of a name to be read as that word. */
  private static final double GIVEN_NAME_RESPELT = 0.7;
  /** Shorter first words are as often letters, particles or syllables of a name spelt apart (R.T., Al-Bo). */
  private static final int MIN_GIVEN_NAME = 3;

  static final Set<String> PERSON_NAMES =
      DataTable.firstCells(Resolver.class, "person-names.tsv", 2, word -> KEY.foldToString(word));
  /**
   * Given names common in Syria and its neighbours ({@code given-names.tsv}), key-folded, but for spellings that are
   * also a word or a name of something else: read as a person's only before another word, as person-names.tsv's are.
   */
  private static final Set<String> GIVEN_NAMES = givenNames();
  private static final Set<String> NISBA_ENDINGS =
      DataTable.firstCells(Resolver.class, "nisba-endings.tsv", 2, e -> KEY.foldToString(e));
  /** Nisbas that are not a place's name and an ending, to the key of that name ({@code place-nisbas.tsv}). */
  private static final Map<String, String> IRREGULAR_NISBAS = readIrregularNisbas();

  private final Lexicon lexicon;
  private final CandidateChoice choice;
  private final NameIndex index;
  private final Geography geography;

  NameMatcher(Lexicon lexicon, double threshold, NameIndex index) {
    this.lexicon = lexicon;
    this.choice = new CandidateChoice(lexicon, threshold, index);
    this.index = index;
    this.geography = index.geography;
  }

  Resolution resolveName(String query, Predicate<Entity> types, boolean explain) {
    NameForms q = NameForms.of(query.strip(), index.demonymForms);
    Map<String, String> why = explain ? new LinkedHashMap<>() : new NoExplanation();
    why.put("folded", q.folded());
    why.put("key", q.key());
    if (!q.core().equals(q.key())) {
      // in one order, whatever the set's: an explanation reads the same from run to run
      why.put("core", q.core() + " (" + String.join(" ", new java.util.TreeSet<>(q.subtypes())) + ")");
    }
    Resolution first = attempt(query, q, q, types, 1.0, false, why);
    if (settled(first, q, 1)) {
      return first;
    }
    // once more without the words that describe the name: the modifier words ("Syrian regular army": Syrian army),
    // or the demonyms and one-word country names ("المخابرات العسكرية السورية" keeps its العسكرية), or both
    // ("Turkish-backed SNA": SNA); then a class word at the end ("Islamic Front rebels"; "Syriac Military Council
    // fighters" keeps its military), then those with the modifiers ("دولة فنزويلا البوليفارية" keeps
    // its country, which the demonyms would take), then all of them
    Set<String> tried = new HashSet<>(List.of(q.key()));
    // a place outside the lexicon is no lexicon name with words set aside: أيرلندا الشمالية is not Ireland
    // nor is a noun and its adjective without the article, unless the noun is a name as written (سورية مستقلة): Arabic
    // gives the adjective of a name the article, and زيارة رسمية is an official visit, not al-Ziyara
    boolean commonPhrase = q.indefiniteFemininePair() && !index.folded.containsKey(q.folded().split(" ")[0]);
    List<NameIndex.SetAside> retries =
        index.otherPlaces.contains(q.key()) || commonPhrase ? List.of() : NameIndex.SET_ASIDE;
    for (NameIndex.SetAside aside : retries) {
      if (aside.endingClassWords() > 0 && first != null && first.resolved()
          && (q.arabic() || !"fuzzy".equals(first.match()))) {
        // a class word or a direction at the end may belong to the name: an approximate match of the whole stands
        // ("ريف حمص الشمالى" is the northern countryside, not Homs); but in Latin letters, a name met strictly
        // without a class of people after it is nearer than the whole met approximately ("Syrian Arab Army troops"
        // are the army's, however near the Syrian Arab Air Force the whole is spelt)
        break;
      }
      String rest = index.withoutModifiers(q.key(), q.folded(), aside);
      if (rest == null || !tried.add(rest)) {
        continue;
      }
      NameForms plain = index.asWritten(q.written(), rest);
      if (aside.demonyms() && (NameForms.onlyQualifiers(plain.key()) || index.onlyClassWords(plain.key()))) {
        // a word for a kind of thing and a nationality: "القاعدة الأمريكية" is the American base, not al-Qaeda; nor
        // is a word that ends names of outlets one alone: "السورية نت الإخباري" is no Al-Akhbar
        continue;
      }
      if (plain.key().indexOf(' ') < 0 && plain.invariant().length() <= MAX_SHORT_REMAINDER && !plain.acronym()
          && !plain.arabic()) {
        // a Latin word of one consonant is too short to be read as a name once the words around it are set aside:
        // "civil war" is no al-Wa'r (Arabic script writes more of a name: دولة اليونان is Greece)
        continue;
      }
      why.put("without modifiers", plain.key());
      // a class word set aside at the end still says what kind of thing is asked for: "فرات نيوز" is no river
      Set<String> asked = aside.endingClassWords() > 0 ? askedFor(q.subtypes()) : Set.of();
      Predicate<Entity> kinds = asked.isEmpty() ? types : types.and(e -> ofAskedKind(e, asked));
      Resolution r = attempt(query, q, plain, kinds, MODIFIER_DISCOUNT, aside.modifiers(), why);
      if (r != null && r.resolved() && aside.endingClassWords() > 0 && !q.arabic()
          && lexicon.get(r.id()).orElseThrow().type() == EntityType.COUNTRY) {
        // a class of people after a country's name in English are its own: "Iran forces" are Iran's, not Iran (an
        // Arabic adjective after a country's name describes it: تونس الخضراء)
        r = null;
      }
      if (r != null && r.resolved() && aside.demonyms()
          && liesInAnotherCountry(query, lexicon.get(r.id()).orElseThrow())) {
        // not the place of that name here, but maybe another thing of the name: "الميادين اللبنانية" is the channel
        Predicate<Entity> here = kinds.and(e -> !liesInAnotherCountry(query, e));
        r = attempt(query, q, plain, here, MODIFIER_DISCOUNT, aside.modifiers(), why);
      }
      if (first != null && first.resolved()) {
        // an approximate match of the whole query, or one of another kind than it asks for, gives way to a strict
        // one of its name ("Al Arabiya News": Al Arabiya, not Arab News; "مدينة البوكمال الحدودية": the town, not
        // the border crossing); an approximate one, to a closer one, discount and all ("Jirah military airfield":
        // Jirah air base, not the Jamraya military research centre)
        if (settled(r, q, MODIFIER_DISCOUNT)) {
          return r;
        }
        if (r != null && r.resolved() && "fuzzy".equals(first.match()) && r.score() > first.score()) {
          first = r;
        }
        continue;
      }
      if (r != null && (r.resolved() || first == null)) {
        first = r;
      }
      if (settled(first, q, MODIFIER_DISCOUNT)) {
        return first;
      }
    }
    return first != null ? first : nothing(query, why);
  }

  /**
   * A resolution that no retry can better: not a fuzzy match short of an equal romanisation ("US military" for
   * "the US military" is settled; {@code full} is the score of an equal one in this attempt), and of a kind the
   * query's qualifiers ask for, if they ask.
   */
  private boolean settled(Resolution r, NameForms q, double full) {
    if (r == null || !r.resolved() || "fuzzy".equals(r.match()) && r.score() < full) {
      return false;
    }
    return q.subtypes().isEmpty() || lexicon.get(r.id()).map(e -> q.subtypes().contains(e.subtype())).orElse(false);
  }

  /**
   * Looks {@code plain} up, the query with or without its modifiers, and decides as for {@code q}: the kinds of
   * thing it asks for and its qualifiers stay those of the query as written. Null when nothing was found.
   */
  private Resolution attempt(String query, NameForms q, NameForms plain, Predicate<Entity> types, double factor,
      boolean modifiersAside, Map<String, String> why) {
    Map<Entity, Double> scores = new LinkedHashMap<>();
    Map<Entity, String> layers = new HashMap<>();
    Map<Entity, String> via = new HashMap<>();
    Set<Entity> setAside = new HashSet<>();
    find(plain, types, factor, modifiersAside, scores, layers, via, setAside, why);
    if (scores.isEmpty()) {
      return null;
    }
    NameForms asked = plain == q ? q : q.romanisedAs(plain);
    return choice.choose(query, asked, types, scores, layers, via, setAside, why);
  }

  private void find(NameForms q, Predicate<Entity> types, double factor, boolean modifiersAside,
      Map<Entity, Double> scores, Map<Entity, String> layers, Map<Entity, String> via, Set<Entity> setAside,
      Map<String, String> why) {
    collect(index.exact.get(q.written()), types, "exact", 1, factor, q, scores, layers, via, setAside);
    collect(index.folded.get(q.folded()), types, "folded", 1, factor, q, scores, layers, via, setAside);
    collect(index.keyed.get(q.key()), types, "key", KEY_SCORE, factor, q, scores, layers, via, setAside);
    if (!scores.isEmpty()) {
      return;
    }
    String onlyAsSpelt = reachedOnlyAsSpeltAs(q);
    if (onlyAsSpelt != null) {
      if (!(why instanceof NoExplanation)) {
        why.putIfAbsent("rule", "no name as spelt, and a name only as spelt, for it is " + onlyAsSpelt);
      }
      return;
    }
    // names equal once qualifiers are set aside, and fuzzy candidates, compete on one footing
    // the same words in another order are closer than the same name without its qualifier: "governorate of
    // Damascus" is Damascus Governorate, not Damascus Countryside
    collect(index.bags.get(q.bag()), types, "key", BAG_SCORE, factor, q, scores, layers, via, setAside);
    collect(index.cores.get(q.core()), types, "key", CORE_SCORE, factor, q, scores, layers, via, setAside);
    if (modifiersAside) {
      // a query without the words that describe the name meets the name without its own: "فصيل مجلس منبج العسكري"
      collect(index.unmodified.get(q.key()), types, "key", CORE_SCORE, factor, q, scores, layers, via, setAside);
    }
    Entity country = q.subtypes().contains("country") ? index.countryByDemonym.get(q.core()) : null;
    if (country != null && types.test(country) && !scores.containsKey(country)) {
      // an official name in its adjectival form: "Turkish Republic", "المملكة الهولندية"
      scores.put(country, CORE_SCORE * factor);
      layers.put(country, "key");
      via.put(country, q.core());
    }
    if (q.arabic() && !q.acronym() && q.core().length() <= NameForms.MAX_ARABIC_ACRONYM_LETTERS && q.core().indexOf(' ') < 0) {
      // a short name, matched as written alone, with the words for its kind: its final a may still be written another
      // way ("مدينة نوا" for نوى)
      scoreSpellings(index.finalASpelt(q.core()), 0, q, types, factor, country, scores, layers, via, setAside);
    }
    if (q.acronym()) {
      if (q.arabic()) {
        // a short Arabic word is matched as written, for most are words or acronyms; but its final a may be written
        // another way (حزا, حزة; حما, حماة), and that is still its spelling
        scoreSpellings(index.finalASpelt(q.key()), 0, q, types, factor, country, scores, layers, via, setAside);
      }
      return;
    }
    why.put("invariant", q.invariant());
    why.put("phonetic", q.phonetic());
    List<Entry> candidates = index.invariant.get(q.invariant());
    boolean severalWords = q.key().indexOf(' ') > 0;
    if (candidates == null) {
      scoreSpellings(index.oneLetterAway(q.invariant(), severalWords), EDITED_MINIMUM, q, types, factor, country, scores,
          layers, via, setAside);
      return;
    }
    scoreSpellings(candidates, 0, q, types, factor, country, scores, layers, via, setAside);
    if (nothingAbove(scores, EDITED_MINIMUM)) {
      // no name of the query's invariant key is spelt near it: a name one letter of the key away may be, if nearer
      // than one found when the query's own key meets no name
      scoreSpellings(index.oneLetterAway(q.invariant(), severalWords), EDITED_NEARER, q, types, factor, country, scores,
          layers, via, setAside);
    }
  }

  private static boolean nothingAbove(Map<Entity, Double> scores, double least) {
    for (double score : scores.values()) {
      if (score >= least) {
        return false;
      }
    }
    return true;
  }

  /**
   * Scores the names of {@code candidates} against the query by approximate spelling, into {@code scores}, those that
   * reach {@code minimum}.
   */
  private void scoreSpellings(List<Entry> candidates, double minimum, NameForms q, Predicate<Entity> types,
      double factor, Entity country, Map<Entity, Double> scores, Map<Entity, String> layers, Map<Entity, String> via,
      Set<Entity> setAside) {
    if (candidates.isEmpty()) {
      return;
    }
    boolean arabic = q.arabic();
    // an entity with a name in the query's script is judged by those names only; so is a unit or settlement
    // related to one: a transliteration of the name they share is no evidence against the way it is written
    // (صيدا is not السويداء, whatever As-Sweida subdistrict's Latin names say)
    Set<Entity> sameScript = new HashSet<>();
    for (Entry c : candidates) {
      // an Arabic name is not judged by the romanisations of an entity that is written in Arabic: بيته is not
      // al-Baath, whatever its Latin spellings say; a romanised one can be by the transliteration of its Arabic name
      if ((c.arabic() != null) == arabic || arabic && index.arabicNamed.contains(c.entity().id())) {
        sameScript.add(c.entity());
      }
    }
    boolean others = false;
    for (Entry c : candidates) {
      others |= !sameScript.contains(c.entity());
    }
    if (others && !sameScript.isEmpty()) {
      Set<String> ids = new HashSet<>();
      Set<String> above = new HashSet<>();
      for (Entity e : sameScript) {
        ids.add(e.id());
        above.addAll(geography.ancestors(e));
      }
      for (Entry c : candidates) {
        Entity e = c.entity();
        if (!ids.contains(e.id()) && (above.contains(e.id()) || geography.ancestors(e).stream().anyMatch(ids::contains))) {
          sameScript.add(e);
        }
      }
    }
    String arabicQuery = arabic ? ArabicSimilarity.queryForm(q.core(), endsInLongA(q)) : null;
    // a romanised organisation's name is a phrase ("Jamiat al-Duwal al-Arabiya"); one Latin word is a brand, spelt
    // in Latin letters as the organisation spells it: "Ryutaro" is not رويترز
    boolean oneLatinWord = !arabic && q.core().indexOf(' ') < 0;
    String given = givenNameAhead(q.core());
    String givenSpelt = given == null ? null : NameSimilarity.phonetic(given);
    String foreignQuery = arabic || candidates.stream().allMatch(c -> c.foreign() == null) ? null
        : NameSimilarity.phonetic(q.core());
    // Arabic writes the foreign names of countries many ways (كنادا, اوستريا): an Arabic word without the article may
    // be one, read through the transliteration, at a discount; a shorter word is as likely a word of Arabic (مصير,
    // "fate", is not Mısır)
    boolean foreignCountryName = arabic && q.key().indexOf(' ') < 0 && !q.folded().startsWith("ال")
        && q.key().length() >= MIN_FOREIGN_COUNTRY_NAME;
    for (Entry c : candidates) {
      boolean cross = (c.arabic() != null) != arabic;
      boolean brand = cross && oneLatinWord && (c.entity().type() == EntityType.ACTOR || c.entity().type() == EntityType.OUTLET);
      boolean countrysForeignName = cross && foreignCountryName && c.entity().type() == EntityType.COUNTRY;
      // a country's Arabic name romanised with its article is its name in English copy too (al-Yaman), whatever its
      // English names are
      boolean romanisedCountryName = cross && c.entity().type() == EntityType.COUNTRY && withArticle(q);
      if (types.test(c.entity()) && !(cross && sameScript.contains(c.entity()) && !countrysForeignName
          && !romanisedCountryName) && !brand) {
        // two Arabic spellings are compared letter by letter: the transliteration would blur their long vowels
        double similarity = arabicQuery != null && c.arabic() != null
            ? vouched(ArabicSimilarity.score(arabicQuery, c.arabic()), q, arabicQuery, c)
            : cross && !arabic ? NameSimilarity.scoreAgainstUnvocalised(q.phonetic(), c.forms().phonetic())
            : countrysForeignName ? FOREIGN_COUNTRY_NAME * NameSimilarity.scoreAgainstUnvocalised(c.forms().phonetic(), q.phonetic())
            : c.foreign() != null ? NameSimilarity.score(foreignQuery, c.foreign())
            : NameSimilarity.score(q.phonetic(), c.forms().phonetic());
        if (cross && oneLatinWord && q.folded().equals(q.key()) && c.entity().type() == EntityType.COUNTRY
            && similarity < BARE_ROMANISED_COUNTRY) {
          continue;
        }
        double discount = discount(q, c);
        double s = Math.round(similarity * discount * factor * 1000) / 1000.0;
        if (similarity < minimum || wordsShort(q.core(), c.forms().core())
            || given != null && !hasWordNear(c.forms().core(), given, givenSpelt)) {
          continue;
        }
        // the adjectival name says which country as surely as its name, however near the adjective is spelt to it
        if (s > scores.getOrDefault(c.entity(), -1.0) && c.entity() != country) {
          if (discount < 1) {
            setAside.add(c.entity());
          } else {
            setAside.remove(c.entity());
          }
          scores.put(c.entity(), s);
          layers.put(c.entity(), cross ? CROSS_SCRIPT : "fuzzy");
          via.put(c.entity(), c.forms().written());
        }
      }
    }
  }

  /**
   * True when {@code query} is {@code name} short of a whole word or more, every word of it a word of the name as
   * written: "Middle East" is a part of Middle East Eye, however little its last word weighs in letters.
   */
  static boolean wordsShort(String query, String name) {
    if (name.length() <= query.length() + 1 || name.indexOf(' ') < 0 || spaces(query) >= spaces(name)) {
      return false;
    }
    // the forms are key-folded, their words one space apart: a word of the query is one of the name's if it stands
    // between spaces or ends there; no array of words is made, for this runs for every fuzzy candidate
    int start = 0;
    while (start < query.length()) {
      int end = query.indexOf(' ', start);
      end = end < 0 ? query.length() : end;
      if (!hasWord(name, query, start, end)) {
        return false;
      }
      start = end + 1;
    }
    return true;
  }

  /**
   * The first word of {@code query}, of two words or more, when it is a common word of people's names that is a word of
   * no lexicon name; null otherwise. A name met fuzzily must then have a word spelt near it ({@link #hasWordNear}):
   * "Maya Saadi" and "Nour Afrini" are people, however near Masaada and Nahr Afrin they are spelt; "Cheikh Badr" and
   * "Abo Hamam" are names spelt another way.
   */
  private String givenNameAhead(String query) {
    int space = query.indexOf(' ');
    String given = space < MIN_GIVEN_NAME ? null : query.substring(0, space);
    return given != null && givenName(given) && !index.nameWords.contains(given) ? given : null;
  }

  /** True when a word of {@code name} is begun by {@code given} or spelt near it ({@code spelt}, its phonetic form). */
  private static boolean hasWordNear(String name, String given, String spelt) {
    for (String word : name.split(" ")) {
      // a name's words may be run together: Harbanifse, Harb Nafsa
      if (word.startsWith(given) || NameSimilarity.score(spelt, NameSimilarity.phonetic(word)) >= GIVEN_NAME_RESPELT) {
        return true;
      }
    }
    return false;
  }

  private static int spaces(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) == ' ' ? 1 : 0;
    }
    return n;
  }

  /** True when {@code text} holds the word {@code word.substring(start, end)} as a word of its own. */
  private static boolean hasWord(String text, String word, int start, int end) {
    int length = end - start;
    for (int i = 0; i + length <= text.length(); i++) {
      if ((i == 0 || text.charAt(i - 1) == ' ') && (i + length == text.length() || text.charAt(i + length) == ' ')
          && text.regionMatches(i, word, start, length)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The score of an Arabic query near an entity's Arabic name, raised when the entity's Latin names spell the query
   * as it is written: Arabic writers add the letters of long vowels where a name is said with one (تدمور for تدمر,
   * Tadmur; ادليب for ادلب, Idlib), and the romanisations of the name say where that is. Only such letters, added:
   * the score is then the mean of the two, the Arabic spelling's and the romanisation's; تدمير (destruction) is no
   * Tadmur.
   */
  private double vouched(double arabic, NameForms q, String arabicQuery, Entry name) {
    if (arabic < VOUCHED_MINIMUM || arabic >= 1 || !ArabicSimilarity.withLongVowelsAdded(arabicQuery, name.arabic())) {
      return arabic;
    }
    double latin = index.latinSpelling(name.entity().id(), q.phonetic());
    return latin >= VOUCHING_ROMANISATION ? Math.max(arabic, (arabic + latin) / 2) : arabic;
  }

  /**
   * Why a query reaches a name only as that name is spelt, or null if it may reach one otherwise: it is one without
   * letters (a number); one word, with no word that says what kind of thing it is, that is a common word of people's
   * names ({@code person-names.tsv}), a word for a kind of thing ({@code qualifiers.tsv}), a demonym, a place's nisba,
   * or, written without an article, a word of the names of many entities that names none ({@link
   * NameIndex#commonNameWords}); a word of English ({@link #englishWord}); the name of a place outside the lexicon
   * ({@link OtherPlaces}); or a name written with a letter of a European language ({@link #europeanLetter}). "17" is no unit; "Harry" is a person, not al-Hari; عمر is not the
   * Omar oil field, القرية ("the village") not al-Qurayya, "Syrian" not Suran, "Jabal" not Jablah, Dublin not Dablan,
   * and Iași not the Asi; "Omar field" still asks for one, and so do quotation marks, which make a man's name a title
   * («فارس», the agency).
   */
  private String reachedOnlyAsSpeltAs(NameForms q) {
    if (!hasLetter(q.key())) {
      return "a query without letters";
    }
    if (q.core().equals(q.key()) && q.key().indexOf(' ') < 0) {
      if (PERSON_NAMES.contains(q.key()) && !q.quoted()) {
        return "a common word of people's names (person-names.tsv)";
      }
      if (NameForms.isQualifier(q.key())) {
        return "a word for a kind of thing (qualifiers.tsv)";
      }
      if (index.demonyms.contains(q.key())) {
        return "a demonym";
      }
      if (nisba(q.key()) && !endsInLongA(q)) {
        return "a place's nisba";
      }
      if (q.folded().equals(q.key()) && index.commonNameWords.contains(q.key())) {
        return "a word of the names of many entities";
      }
    }
    return englishWord(q) ? "a word of English (english-words.tsv)"
        : index.otherPlaces.contains(q.key()) ? "the name of a place outside the lexicon (other-places.tsv)"
        : europeanLetter(q.written()) ? "a name with a letter of a European language (european-letters.tsv)"
        : null;
  }

  /**
   * True for a query whose final ى is a long a, as in a place's name, not the ي of a nisba or a man's name that some
   * write so: when it has the article, which places' names have and people's rarely, or is long (الحولى, كنصفرى; but
   * كسرى, سلمى and يحيى are names of people).
   */
  private static boolean endsInLongA(NameForms q) {
    return NameForms.endsInAlefMaksura(q.written()) && (q.folded().startsWith("ال") || q.key().length() >= MIN_LONG_A_WORD);
  }

  /** True when {@code written} has a letter of a European language ({@code european-letters.tsv}): Iași, Wrocław. */
  private static boolean europeanLetter(String written) {
    for (int i = 0; i < written.length(); i++) {
      if (EUROPEAN_LETTERS.indexOf(Character.toLowerCase(written.charAt(i))) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for a query that is a word of English ({@code english-words.tsv}), after "the" if it has it: "homes" is not
   * Homs, nor "the Tiger" the Tigris; or whose key is, without an article: a word of another language read as its
   * English word ({@code word-variants.tsv}: Turkish "insan" is "human", no misspelt Himmin), or with its doubled
   * letters written once (Bibb, bib); "et-Tell" is a name.
   */
  private static boolean englishWord(NameForms q) {
    String word = q.folded().startsWith("the ") ? q.folded().substring(4) : q.folded();
    return !q.quoted() && (ENGLISH_WORDS.contains(word) || ENGLISH_WORDS.contains(q.key()) && !withArticle(q));
  }

  /** True for a Latin query with an article, which the key drops as a word of its own: al-Yaman, et-Tell. */
  private static boolean withArticle(NameForms q) {
    return !q.arabic() && WORD_BREAK.split(q.folded()).length > WORD_BREAK.split(q.key()).length;
  }

  /**
   * True for a query of one word, after "the" if it has it, that is a word of English ({@code english-words.tsv}), or an
   * Arabic word for a kind of thing without the article ({@code qualifiers.tsv}: سجن, قاعدة); not in quotation marks,
   * which make a word a title.
   */
  static boolean commonWord(String query) {
    String folded = SEARCH.foldToString(query).strip();
    String word = folded.startsWith("the ") ? folded.substring(4) : folded;
    if (word.isEmpty() || word.indexOf(' ') >= 0 || NameForms.withoutQuotes(query).length() != query.length()) {
      return false;
    }
    return ENGLISH_WORDS.contains(word) || NameForms.isArabic(word) && !word.startsWith("ال")
        && NameForms.isQualifier(KEY.foldToString(word));
  }

  /**
   * True for a query in lower case whose words are words of English, but for short ones: "said in" is no misspelt
   * Sweden, "remain in" no Romania. A name written in capitals is still one ("Army of the Elite").
   */
  static boolean lowerCaseEnglish(String query) {
    if (!query.equals(query.toLowerCase(Locale.ROOT))) {
      return false;
    }
    boolean english = false;
    for (String word : SEARCH.foldToString(query).split(" ")) {
      if (word.length() >= MIN_ENGLISH_WORD) {
        if (!ENGLISH_WORDS.contains(word)) {
          return false;
        }
        english = true;
      }
    }
    return english;
  }

  /**
   * True when each word of {@code name} is a common word of people's names or a given name ({@code person-names.tsv},
   * {@code given-names.tsv}) and no word for a kind of place (ريف), or a demonym: "Abu Omar" is a man, and a nisba
   * after his name his surname.
   */
  boolean personsName(String name) {
    for (String word : KEY.foldToString(name).split(" ")) {
      boolean persons = givenName(word) && !NameForms.isQualifier(word);
      if (!persons && !index.demonyms.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private static boolean givenName(String word) {
    return PERSON_NAMES.contains(word) || GIVEN_NAMES.contains(word);
  }

  /** True when a word of {@code query} is {@code acronym} as written, dots aside: "AP news agency", "U.S. CENTCOM". */
  private static boolean holdsInCapitals(String query, String acronym) {
    String letters = acronym.replace(".", "");
    for (String word : query.split("\\s+")) {
      if (word.replace(".", "").equals(letters)) {
        return true;
      }
    }
    return false;
  }

  /** True for a name of two capital letters, dotted or not: US, U.S., IS. */
  private static boolean twoCapitals(String name) {
    int capitals = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLowerCase(c) || Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
      capitals += Character.isUpperCase(c) ? 1 : 0;
    }
    return capitals == 2;
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** True when the word is a place's name with a nisba ending ({@code nisba-endings.tsv}): Halabi, الإدلبي. */
  boolean nisba(String word) {
    return nisbaStem(word) != null;
  }

  /**
   * The key of the place's name that {@code word}, key-folded, is a nisba of: by an ending of
   * {@code nisba-endings.tsv} (الإدلبي, Halabi) or as {@code place-nisbas.tsv} lists it (الديري); null for none.
   */
  private String nisbaStem(String word) {
    String irregular = IRREGULAR_NISBAS.get(word);
    if (irregular != null) {
      return irregular;
    }
    for (String ending : NISBA_ENDINGS) {
      String stem = word.endsWith(ending) ? word.substring(0, word.length() - ending.length()) : "";
      // a name's final ة gives way to the ending: الرقة, الرقاوي
      if (stem.length() >= 3 && namesPlace(stem)) {
        return stem;
      }
      if (stem.length() >= 2 && namesPlace(stem + "ه")) {
        return stem + "ه";
      }
    }
    return null;
  }

  /**
   * The key of the place, not a country, that {@code word}, key-folded, is a nisba of; null for none, and for a
   * demonym: "السوري" tells a nationality, not where a thing lies.
   */
  String placeOfNisba(String word) {
    if (index.demonyms.contains(word)) {
      return null;
    }
    String stem = nisbaStem(word);
    return stem != null && keyNames(stem, Set.of(EntityType.PLACE)) ? stem : null;
  }

  /**
   * A name that only met the query once its own qualifier was set aside ("Tabka Dam" for "Tabka") is weaker
   * evidence, unless the query asked for that kind of thing.
   */
  private static double discount(NameForms q, Entry e) {
    if (!NameIndex.qualified(e.forms())) {
      return 1;
    }
    if (q.subtypes().contains(e.entity().subtype())) {
      // the kind asked for, in the same words or in others: "governorate of Damascus" is Damascus Governorate
      // before Damascus Countryside, though both are governorates called Damascus once their words are set aside
      return q.qualifierWords().containsAll(e.forms().qualifierWords()) ? 1 : OTHER_QUALIFIER;
    }
    // "al-Qaim crossing", an alias, without its word is al-Qaim, the town it is named after: a bare query does not
    // reach it. A site's own name without its word is what news copy calls it ("Hmeimim air base": Hmeimim).
    if (!q.subtypes().isEmpty()) {
      // both say in their own words what kind of thing they are, and the kinds differ: "the old city" is not the
      // Old Airport neighbourhood
      return q.qualifierWords().containsAll(e.forms().qualifierWords()) ? QUALIFIER_DISCOUNT : 0;
    }
    // So is the name of an outlet or a group without its word, in the quotation marks that say it is a title: «تشرين»
    // is the newspaper, and تشرين a month.
    EntityType type = e.entity().type();
    boolean bare = e.primary() && (BARE_SUBTYPES.contains(e.entity().subtype())
        || (type == EntityType.OUTLET || type == EntityType.ACTOR) && q.quoted());
    return bare ? QUALIFIER_DISCOUNT : 0;
  }

  /**
   * Records the entities of {@code hits} at {@code score} times {@code factor}; a match of cores or bags (under
   * {@link #KEY_SCORE}) is discounted as well when the name met the query only without its qualifier.
   */
  private static void collect(List<Entry> hits, Predicate<Entity> types, String layer, double score, double factor, NameForms q,
      Map<Entity, Double> scores, Map<Entity, String> layers, Map<Entity, String> via, Set<Entity> setAside) {
    if (hits == null) {
      return;
    }
    for (Entry h : hits) {
      if (!layer.equals("exact") && twoCapitals(h.forms().written())
          && !q.written().equals(q.written().toUpperCase(Locale.ROOT)) && !holdsInCapitals(q.written(), h.forms().written())) {
        // a two-letter acronym is written in capitals: "us", "is" and "un" are words; "AP news agency" holds one
        continue;
      }
      if (layer.equals("key") && (h.forms().acronym() && !h.forms().arabic()
          && !NameForms.holdsAcronym(q.written(), h.forms().written())
          || h.forms().key().length() < 3 && NameForms.spelledOut(h.forms().written()) && !NameForms.spelledOut(q.written()))) {
        // an acronym is spelt letter for letter (S.A.A., the SAA), and one of two letters written apart is not the
        // word those letters make: آب (August) is not أ ب (AP); بكك is still ب ك ك (PKK)
        continue;
      }
      double discount = score < KEY_SCORE ? discount(q, h) : 1;
      double s = score * discount * factor;
      if (types.test(h.entity()) && !scores.containsKey(h.entity()) && s > 0) {
        if (discount < 1) {
          setAside.add(h.entity());
        }
        scores.put(h.entity(), s);
        layers.put(h.entity(), layer);
        via.put(h.entity(), h.forms().written());
      }
    }
  }


  /** An explanation nobody asked for: writes go nowhere. */
  private static final class NoExplanation extends java.util.AbstractMap<String, String> {
    @Override
    public String put(String key, String value) {
      return null;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
      return Set.of();
    }
  }

  /** True when {@code key} is the key of a name of an entity of one of {@code types}. */
  boolean keyNames(String key, Set<EntityType> types) {
    return index.keyed.getOrDefault(key, List.of()).stream().anyMatch(e -> types.contains(e.entity().type()));
  }

  /** True when {@code placeKey} is the key of a name of a place or country: where a query says a name lies. */
  boolean namesPlace(String placeKey) {
    return keyNames(placeKey, Set.of(EntityType.PLACE, EntityType.COUNTRY));
  }

  /**
   * True when {@code e} is a place that lies in a known country and the query says it lies in another, in final
   * brackets, after its last comma or a final "in" or في, or as its last word: "Hajin, Iraq", "Hajin (Iraq)" and "Hajin
   * Iraq" are not the Syrian Hajin. A
   * crossing lies on the border with the country its name may carry ("Bab al-Hawa crossing, Turkey"), and a country's
   * name may be a word of the place's own (the Palestine Branch). A town or unit described by another country's
   * demonym is that country's too.
   */
  boolean liesInAnotherCountry(String query, Entity e) {
    String code = geography.pcodeOf(e);
    if (e.type() != EntityType.PLACE || e.subtype().equals("crossing") || code.isEmpty()) {
      return false;
    }
    if (SETTLEMENTS.contains(e.subtype()) || UNITS.contains(e.subtype())) {
      // a town said to be of another nationality is that country's: "صور اللبنانية" is Tyre, not al-Suwar
      for (String word : KEY.foldToString(query).split(" ")) {
        Entity nationality = index.countryByDemonym.get(word);
        if (nationality != null && !Geography.holds(nationality, code)) {
          return true;
        }
      }
    }
    String q = query.strip();
    int comma = Math.max(q.lastIndexOf(','), q.lastIndexOf('\u060C'));
    int bracket = q.endsWith(")") ? q.lastIndexOf('(') : -1;
    java.util.regex.Matcher in = FINAL_IN.matcher(q);
    int lastSpace = q.lastIndexOf(' ');
    String stated = bracket >= 0 ? q.substring(bracket + 1, q.length() - 1)
        : comma >= 0 ? q.substring(comma + 1) : in.find() ? in.group(1)
        : lastSpace > 0 ? q.substring(lastSpace + 1) : null;
    String word = stated == null ? null : NameForms.of(stated).key();
    Entity country = word == null ? null : index.countryByName.get(word);
    return country != null && !Geography.holds(country, code) && e.names().stream().noneMatch(n -> index.bearsWords(n, Set.of(word)));
  }

  /** The answer that no entity is meant, with the reason in {@code why}. */
  static Resolution nothing(String query, Map<String, String> why) {
    return new Resolution(query, null, null, null, null, 0, null, List.of(), why);
  }

  private static Set<String> givenNames() {
    Set<String> words = new java.util.LinkedHashSet<>();
    for (DataTable.Row row : DataTable.read(Resolver.class, "given-names.tsv", 5)) {
      if (row.cell(3).isEmpty()) {
        words.add(KEY.foldToString(row.cell(0)));
      }
    }
    return Collections.unmodifiableSet(words);
  }

  private static Map<String, String> readIrregularNisbas() {
    Map<String, String> m = new HashMap<>();
    for (DataTable.Row row : DataTable.read(Resolver.class, "place-nisbas.tsv", 3)) {
      String nisba = KEY.foldToString(row.cell(0));
      String place = KEY.foldToString(row.cell(1));
      m.put(nisba, place);
      if (nisba.endsWith("ي")) {
        // and its feminine, as the regular endings have theirs: الغوطاني, الغوطانية
        m.putIfAbsent(nisba + "ه", place);
      }
    }
    return Map.copyOf(m);
  }
}
