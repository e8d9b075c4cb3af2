package org.rasm.resolve;

import static org.rasm.resolve.KindsAsked.askedFor;
import static org.rasm.resolve.KindsAsked.ofAskedKind;
import static org.rasm.resolve.KindsAsked.rank;
import static org.rasm.resolve.NameIndex.WORD_BREAK;
import static org.rasm.resolve.Resolution.metAsSpelt;
import static org.rasm.resolve.Resolution.restated;
import static org.rasm.resolve.Resolution.strict;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.rasm.data.DataTable;
import org.rasm.fold.ArabicClitics;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;
import org.rasm.lexicon.Entity;
import org.rasm.lexicon.EntityType;
import org.rasm.lexicon.Lexicon;
import org.rasm.resolve.NameIndex.Entry;
import org.rasm.romanize.InvariantKey;

/**
 * Resolves a spelling of a name to the lexicon entity it names, in layers from strict to loose:
 * <ol>
 *   <li>{@code exact}: the query is a name or alias as written;
 *   <li>{@code folded}: equal after the {@code search} folding profile;
 *   <li>{@code key}: equal after the {@code key} profile (articles, hyphens, doubled letters, spaces), or, failing
 *       that, equal once qualifier and descriptor words are set aside on both sides ({@code qualifiers.tsv}:
 *       province, ناحية, camp, حقل…), preferring the subtypes those words name, or equal as bags of words
 *       (another word order, a dropped "of", a joined و or ل: {@code stopwords.tsv}; a
 *       country's demonyms as one form). Keys fold the variants of {@code word-variants.tsv} (defense, force).
 *       A bare query meets a name without its qualifier only when that is the own name of a site of a kind in
 *       {@code bare-names.tsv} ("Hmeimim"), or a spelling of it;
 *   <li>{@code fuzzy}: names with the same romanisation-invariant key ({@link org.rasm.romanize.InvariantKey}) are
 *       candidates, each verified against the query: by {@link ArabicSimilarity} when both are Arabic, by
 *       {@link NameSimilarity} otherwise (an Arabic name through the news transliteration, its unwritten short
 *       vowels costing little); the best must reach the threshold, a stricter one for short keys
 *       ({@code key-thresholds.tsv}) and within Arabic script, and for the names of organisations and countries
 *       ({@code fuzzy-thresholds.tsv}). An entity with a name in the query's script, or related to one that has, is
 *       judged by those names only, and an Arabic query never by the romanisations of an entity written in Arabic,
 *       but for a word of five letters or more, without the article, against a country's names in Latin letters, at a
 *       discount: Arabic writes foreign names of countries many ways (كنادا, اوستريا). Acronyms are never matched fuzzily, and meet at the key layer only letter for letter.
 * </ol>
 * A one-word query that is a common word of people's names ({@code person-names.tsv}), a word for a kind of thing, a
 * demonym, or a word of the names of many entities that names none (Jabal, Deir), and any query that is a word of
 * English ({@code english-words.tsv}: homes, the Tiger) or names a place outside the lexicon ({@code
 * other-places.tsv}), reaches a name only as that name is spelt; so does a query of English words in lower case ("said
 * in"). A query that finds nothing, or only an approximate match, is tried again without modifier words
 * ({@code modifiers.tsv}: backed, armoured, النظامي…), or without the demonyms and one-word country names of the
 * lexicon (Turkish, السوري, Syria), or without both, at a lower score, a strict match of what is left beating an
 * approximate one; then, if nothing at all was found, without a class word that ends it (rebels, نيوز), first alone,
 * then with the rest. Then, in turn: a bracketed query that found nothing strict is read as a name beside another name
 * of it, unless the bracketed one may be a country, unit or region and the other is unknown ("Mosul (Iraq)"); a query
 * of three words or more, or with a comma, that found only an approximate match is read as a name and the place it
 * lies in, and a strict match so read wins. A query that found nothing at all is read with its article written apart
 * (جسرالشغور, "Ras Alain"); without a conjunction or preposition joined to its first word ({@link ArabicClitics}:
 * والبوكمال); as a Latin acronym spelt in Arabic letters ({@code acronym-letters.tsv}: "ب ك ك"); and then as a name
 * and the place it lies in ({@code locatives.tsv}: "Jazal oilfield in Homs", "حي العرضي بدير الزور"), resolved among
 * the entities inside that place or in the governorate of a unit or region named like it, in the governorates that a
 * place without bounds spans ({@code spans.tsv}: Hauran, the Euphrates), among crossings for what lies across a border
 * (مع, with), or, for a thing that is no place, anywhere; in Latin letters, also as a city or unit and then a place
 * in it, met as spelt ("Halep Hanano mahallesi"); then after the possessive of the place it is of ("Abu
 * Dhabi's Sky News Arabia"), as a name before a comma and words that describe it ("Al Arabiya, Dubai"), and as an
 * organisation's or place's Arabic name romanised word by word ({@link RomanisedPhrases}: "Maktab al-Amn al-Qawmi"). Last, an
 * Arabic word one letter's dots from a word of a name ({@code arabic-dots.tsv}: تدمز) or a Latin word for a kind of
 * thing a letter off ("Semalka corssing") is read as that word.
 * Among the entities found, those within {@link CandidateChoice#NEAR} of the best score (of one type met by spelling, within
 * {@link CandidateChoice#NEAR_SPELLING}) are ranked by the subtypes a qualifier asked for (of a unit and a settlement, the unit),
 * then by {@code priority.tsv}: settlements before the administrative units named after them. A unit found by a name
 * that a settlement under it also bears gives way to that settlement; a qualifier that asks for a unit ("Deir Ezzor
 * province") climbs from the settlement to the unit above it that bears the name. A query that asks only for kinds of
 * another type, or only for kinds of site, is not a settlement or unit of its name, but the one thing of the kind asked
for that is named after it ("Sweida desert"). A tie between
 * unrelated entities of the same rank is not decided: the id is null and the candidates show why.
 *
 * <pre>{@code
 * Resolver resolver = new Resolver(Lexicon.defaults());
 * resolver.resolve("Abu Kamal").id();                   // "place:albu-kamal"
 * resolver.resolve("محافظة دير الزور").id();            // "place:deir-ez-zor-governorate"
 * resolver.resolve("Mosul").id();                       // null
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class Resolver {
  /**
   * The verification threshold of the fuzzy layer, chosen on testdata/resolve/dev.tsv: the highest recall at the
   * fewest negatives resolved (see the precision-recall table that ResolverEvaluationTest prints).
   */
  public static final double DEFAULT_THRESHOLD = 0.75;
  /**
   * Letters a name without its article needs to be read after a joined clitic by any of its aliases, not only by
   * its own name: two are often a word's letters; three make the acronyms running text joins clitics to (لقسد, لداعش).
   */
  private static final int MIN_BARE_CLITIC_NAME = 3;
  /** The least score of an approximate match of a word's rest after a clitic not joined to the article. */
  private static final double APPROXIMATE_AFTER_CLITIC = 0.96;
  /** The same, for a rest of {@link #LONG_REST} letters or more, which fewer names lie near by chance. */
  private static final double APPROXIMATE_AFTER_CLITIC_LONG = 0.94;
  private static final int LONG_REST = 6;
  /**
   * The fewest letters of a word's rest after a clitic that is a name without the article the lexicon gives it
   * ("بصنمين", الصنمين): of four, as many are other words run together with a clitic (فلتشيك, a surname).
   */
  private static final int MIN_REST_WITHOUT_ARTICLE = 5;
  /** The least score of an approximate match of a thing said to lie in a place by the place's nisba. */
  private static final double IN_NISBAS_PLACE = 0.94;

  /** An Arabic word with the article of the next one joined to it: two letters or more, then ال and two more. */
  private static final java.util.regex.Pattern GLUED_ARTICLE =
      java.util.regex.Pattern.compile("(?<=\\p{IsArabic}{2})(ال\\p{IsArabic}{2})");
  /** The apostrophes copy writes, typographic and not. */
  static final String APOSTROPHES = "'\u2019\u2018`";
  /**
   * An ending of {@code name-suffixes.tsv}, and its apostrophe, after a romanised word of three letters or more, two
   * capitals (an acronym: "Sham FM's") or a digit ("France 24's").
   */
  private static final java.util.regex.Pattern NAME_SUFFIX = java.util.regex.Pattern.compile(
      "(?<=\\p{IsLatin}{3}|\\p{Lu}{2}|\\p{Nd})(?iu:" + DataTable.read(Resolver.class, "name-suffixes.tsv", 4).stream()
          .map(row -> afterLastVowel(row.cell(2)) + "[" + APOSTROPHES + "]" + java.util.regex.Pattern.quote(row.cell(0)))
          .collect(java.util.stream.Collectors.joining("|"))
      + ")(?![\\p{L}\\p{M}])");
  /**
   * The Arabic article after a word's case vowel and an apostrophe, as Turkish and older English romanisation write a
   * construct ("Cündü'l-Aksa", "Fethu'ş-Şam", "Feylek'uş Şam", "Kudüs'ül Arabi", "Abu'l-Fadl"): the l, or a sun letter
   * doubled across the hyphen or space, then a hyphen or a space. After two letters or more, so Ra's al-Ayn and
   * Ma'loula keep theirs.
   */
  private static final java.util.regex.Pattern ARTICLE_AFTER_APOSTROPHE = java.util.regex.Pattern.compile(
      "(?iu)(?<=\\p{IsLatin}{2})[uüiıe]?[" + APOSTROPHES + "](?:[uüiıe]?l[-\\s]|[uüiıe]?([şstdrzn])[-\\s](?=\\1))");
  private static final java.util.regex.Pattern ELISION = java.util.regex.Pattern.compile(
      "(?iu)(?<![\\p{L}\\p{M}])(?:" + String.join("|",
          DataTable.firstCells(Resolver.class, "elisions.tsv", 3, java.util.regex.Pattern::quote))
      + ")[" + APOSTROPHES + "](?=\\p{L})");
  /**
   * The Arabic article, with or without a tatweel, joined to a name in Latin letters, a number or a quoted name, which
   * Arabic copy writes so: "الـM4", "الـSDF", الـ"ب ي د".
   */
  private static final java.util.regex.Pattern ARTICLE_BEFORE_FOREIGN =
      java.util.regex.Pattern.compile("(?<![\\p{L}\\p{M}])الـ?(?=[\\p{IsLatin}\\p{Nd}\"«])");
  /** The fewest letters of the name before a word for a kind of thing in a label of a web address ("anfnews"). */
  private static final int MIN_LABEL_NAME = 3;
  /** A link: scheme, a www-like first label, the host, the first folder, and the rest. */
  private static final java.util.regex.Pattern WEB_ADDRESS = java.util.regex.Pattern.compile(
      "(?i)(https?://)?(www\\d?\\.|m\\.|mobile\\.)?((?:[a-z0-9-]++\\.)++[a-z]{2,})(/[^/?#\\s]++)?(?:[/?#]\\S*+)?");
  /** A possessive of one to three words that begins a query, and the rest: "Abu Dhabi's Sky News Arabia". */
  private static final java.util.regex.Pattern LEADING_POSSESSIVE =
      java.util.regex.Pattern.compile("((?:\\S+\\s+){0,2}\\S+?)[" + APOSTROPHES + "]s\\s+(\\S.*)");
  /** The most words of a country's name before the rest of a name ("United States forces"). */
  private static final int MAX_COUNTRY_WORDS = 3;
  /** Queries longer than this are no names; the longest name of the lexicon has under 100 characters. */
  private static final int MAX_QUERY = 1024;
  /** Queries of more words than this are names in running text, not a name typed in haste: not split. */
  static final int MAX_APART_WORDS = 5;
  /**
   * A romanised article joined to the word it belongs to: al or el, then three letters or more; or the article
   * assimilated to a sun letter and written with it doubled, then four letters or more (Arraqqa, Assuwayda), which
   * is read so of place names only: "Assyria" is not as-Syria.
   */
  private static final java.util.regex.Pattern JOINED_LATIN_ARTICLE = java.util.regex.Pattern.compile(
      "(?i)\\b(al|el)(?=\\p{IsLatin}{3,})|\\b([ae](sh|th|dh|[tdrzsn]))(?=\\3\\p{IsLatin}{3,})");
  private static final TextFolder SEARCH = TextFolder.of(FoldProfile.SEARCH);
  /**
   * Articles and citing words before a name ({@code leading-words.tsv}), search-folded, each with the words that may
   * close it after the name (Kurdish "li Sûriyê de").
   */
  private static final Map<String, Set<String>> LEADING_WORDS = leadingWords();
  /** Words after a name that are no part of it ({@code postpositions.tsv}), search-folded. */
  private static final Set<String> POSTPOSITIONS =
      DataTable.firstCells(Resolver.class, "postpositions.tsv", 3, w -> SEARCH.foldToString(w));
  /** The first words of the entries of {@code leading-words.tsv}, search-folded. */
  private static final Set<String> LEADING_FIRST_WORDS =
      LEADING_WORDS.keySet().stream().map(w -> w.split(" ")[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());
  /** The most words of one entry of {@code leading-words.tsv}. */
  private static final int MAX_LEADING_WORDS =
      LEADING_WORDS.keySet().stream().mapToInt(w -> w.split(" ").length).max().orElse(0);
  private static final TextFolder KEY = TextFolder.of(FoldProfile.KEY);
  /** Words that stand for a country before its name ({@code country-nouns.tsv}), key-folded. */
  private static final Set<String> COUNTRY_NOUNS =
      DataTable.firstCells(Resolver.class, "country-nouns.tsv", 2, w -> KEY.foldToString(w));
  /** Words that with a country's demonym name the country, key-folded, and whether they come before or after it. */
  private static final Map<String, String> COUNTRY_HEADS = countryHeads();
  /** The least score of a query read as another romanisation writes it ({@link OtherRomanisations}): Jeyrud, Jayrud. */
  static final double OTHER_ROMANISATION_SCORE = 0.95;
  /**
   * The least score of a Turkish or Kurdish query read with the letters only a word for a kind of place lets be read
   * (h as kh, v as w, e as a, k as q): more than {@link #OTHER_ROMANISATION_SCORE}, for more letters change; "Haşim
   * köyü", a man's village, is not Khasham at 0.95.
   */
  static final double KIND_READING_SCORE = 0.96;
  /**
   * Words before a name for the members of an armed actor, the people of a place, the staff of an outlet, with what the
   * rest must be; and words for whom an actor belongs to ({@code members.tsv}).
   */
  private static final Map<String, Predicate<Entity>> MEMBERS_BEFORE = readMembers("before");
  private static final Map<String, Predicate<Entity>> MEMBERS_OWNER = readMembers("owner");
  private static final List<String> MEMBERS_BEFORE_SPACED =
      MEMBERS_BEFORE.keySet().stream().map(w -> " " + w + " ").toList();
  private static final List<String> MEMBERS_OWNER_SPACED =
      MEMBERS_OWNER.keySet().stream().map(w -> " " + w + " ").toList();


  private final Lexicon lexicon;
  private final double threshold;
  private final NameIndex index;
  private final NameMatcher matcher;
  private final Geography geography;
  /** The readings of a query's words as the known words they were meant to be. */
  private final WordMendings mendings;
  private final RomanisedPhrases phrases;
  private final Capitals capitals;
  /** The kinds of the lexicon's outlets: agency, newspaper, broadcaster… */
  private final Set<String> outletKinds;
  /** The kinds of the lexicon's actors: armed-group, militia, security-service… */
  private final Set<String> actorKinds;
  /** The readings of a query as a name and where it lies or what describes it. */
  private final WhereReadings where;
  /**
   * The readings of a query that found nothing strict, in turn: a name beside another name of it, a name in two
   * scripts, and the name with its article apart, a strict match of which is better evidence than an approximate one
   * of the whole ("Arraqqa" is ar-Raqqa, not Ariqah).
   */
  private final List<Reading> beforeAnyMatch;
  /** The readings of a query that found nothing at all, in turn. */
  private final List<Reading> whenNothingMatched;

  public Resolver(Lexicon lexicon) {
    this(lexicon, DEFAULT_THRESHOLD);
  }

  public Resolver(Lexicon lexicon, double threshold) {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    this.lexicon = lexicon;
    this.threshold = threshold;
    index = new NameIndex(lexicon, threshold);
    geography = index.geography;
    matcher = new NameMatcher(lexicon, threshold, index);
    phrases = new RomanisedPhrases(lexicon);
    capitals = new Capitals(lexicon);
    outletKinds = kindsOf(lexicon, EntityType.OUTLET);
    actorKinds = kindsOf(lexicon, EntityType.ACTOR);
    mendings = new WordMendings(index.nameWords, w -> index.otherPlaces.contains(w) || index.demonyms.contains(w)
        || index.modifiers.contains(w) || Locatives.isLocative(w), NameMatcher.PERSON_NAMES, index.commonNameWords);
    where = new WhereReadings(lexicon, index, matcher);
    TwoNameReadings twoNames = new TwoNameReadings(lexicon, index, matcher);
    beforeAnyMatch = List.of(twoNames::beside, twoNames::inTwoScripts, this::withArticleApart);
    // two names of one thing parted by a slash before a name and its place so parted ("Kobani/Ayn al-Arab",
    // "ناحية الكريمة/طرطوس")
    whenNothingMatched = List.of(this::withoutClitic, this::spelledOutInArabic, this::latinSpeltOut,
        twoNames::twoNamesApart, where::inPlace, this::withContextNameInFull, this::withoutMembersWord,
        this::afterPossessive, this::countryAsDemonym, this::countryByItsDemonym, where::beforeComma,
        where::beforeLocative,
        twoNames::acronymWithItsWords, this::romanisedWordByWord,
        this::capitalsAsStates, this::capitalsNisbasAsDemonyms, this::stateTitleInFull, where::siteOfPlace,
        where::crossingToFarSide, this::withAdjectiveAfter, this::withArabicHeadFirst, this::withModifierLast,
        this::afterDescription, this::countryAfterDescription, this::beforeClause, this::beforeWhoseOrWhatFor,
        new NumberedNames(lexicon)::read);
  }

  public double threshold() {
    return threshold;
  }

  /** Resolves {@code query} among all entities. */
  public Resolution resolve(String query) {
    return resolve(query, Set.of(), false);
  }

  /** Resolves {@code query} among entities of {@code types} (all when empty). */
  public Resolution resolve(String query, Set<EntityType> types) {
    return resolve(query, types, false);
  }

  /**
   * Resolves {@code query} among entities of {@code types} (all when empty); with {@code explain}, the resolution
   * carries the forms compared and the alias or rule that decided.
   */
  public Resolution resolve(String query, Set<EntityType> types, boolean explain) {
    Set<EntityType> asked = Set.copyOf(types);
    Predicate<Entity> ofTypes = e -> asked.isEmpty() || asked.contains(e.type());
    Resolution r = resolve(query, ofTypes, explain);
    if (r.resolved() && !strict(r) && NameMatcher.lowerCaseEnglish(query)) {
      return NameMatcher.nothing(query, explain ? Map.of("rule", "words of English in lower case meet a name only as spelt") : Map.of());
    }
    // a common word alone is itself, not a name that holds it with an article or spelt near it: "war" is not al-Wa'r,
    // سجن ("prison") not as-Sijn; with a place beside it ("Sour (Deir ez-Zor)"), it may be one
    if (r.resolved() && !"exact".equals(r.match()) && !"folded".equals(r.match()) && NameMatcher.commonWord(query)) {
      return NameMatcher.nothing(query, explain ? Map.of("rule", "a common word alone meets a name only as spelt") : Map.of());
    }
    // "the Syrian", "the Deir": the article makes no name of a word that alone names nothing
    String afterThe = r.resolved() && !strict(r) ? wordAfterThe(query) : null;
    if (afterThe != null && !resolve(afterThe, ofTypes, false).resolved()) {
      return NameMatcher.nothing(query, explain ? Map.of("rule", "the article before a word that names nothing alone") : Map.of());
    }
    return r;
  }

  /** The word after "the" of a query that is "the" and one word; null for any other. */
  private static String wordAfterThe(String query) {
    String s = query.strip();
    if (s.length() < 5 || !s.regionMatches(true, 0, "the ", 0, 4)) {
      return null;
    }
    String rest = s.substring(4).strip();
    return rest.isEmpty() || rest.indexOf(' ') >= 0 ? null : rest;
  }

  private Resolution resolve(String query, Predicate<Entity> types, boolean explain) {
    if (query.length() > MAX_QUERY) {
      // text, not a name: its fallbacks would try thousands of readings of it
      return NameMatcher.nothing(query, explain ? Map.of("rule", "longer than " + MAX_QUERY + " characters: no name") : Map.of());
    }
    java.util.regex.Matcher web = query.indexOf('.') < 0 ? null : WEB_ADDRESS.matcher(query.strip());
    if (web != null && web.matches()) {
      // an outlet's web address as a link gives it: its host and first folder ("bbc.com/arabic"), its host, or the
      // name its host begins with, an outlet's ("eqtsad.net"); an address is an identifier, met as written, never by
      // approximate spelling
      String address = web.group(3) + (web.group(4) == null ? "" : web.group(4));
      Resolution r = resolveQuery(address, types, explain);
      if (!strict(r) && web.group(4) != null) {
        address = web.group(3);
        r = resolveQuery(address, types, explain);
      }
      String[] labels = web.group(3).split("\\.");
      // the name the host begins with, or the one before its top-level domain ("english.al-akhbar.com"), or either with
      // a word for a kind of thing run into its end set apart ("tasnimnews", "anfnews")
      for (String label : new LinkedHashSet<>(List.of(labels[0], labels[labels.length - 2]))) {
        for (String read : List.of(label, withKindWordApart(label))) {
          if (!strict(r) && !read.isEmpty()) {
            address = read;
            r = resolveQuery(address, types.and(e -> e.type() == EntityType.OUTLET), explain);
          }
        }
      }
      return strict(r) ? restated(query, r, "the web address " + address, explain)
          : NameMatcher.nothing(query, explain ? Map.of("rule", "no name is the web address " + address) : Map.of());
    }
    if (CompoundModifiers.namesOrganisation(query)) {
      // "the Lebanon-based al-Mayadeen", "Lübnan merkezli El Meyadin": the channel, not the town; and the name after
      // the compound, not the party it names: "the SDF-affiliated Manbij Military Council"
      Predicate<Entity> organisations = types.and(e -> e.type() == EntityType.ACTOR || e.type() == EntityType.OUTLET);
      String plain = withoutArticleOrEnding(query);
      Resolution bare = plain.isBlank() ? null : resolveDescribed(plain, organisations, explain);
      return bare != null && strict(bare) ? restated(query, bare, "without the article or ending", explain)
          : resolveDescribed(query, organisations, explain);
    }
    return resolveDescribed(query, types, explain);
  }

  private Resolution resolveDescribed(String query, Predicate<Entity> types, boolean explain) {
    Resolution asWritten = resolveQuery(query, types, explain);
    if (strict(asWritten)) {
      return asWritten;
    }
    // an article, a possessive, a Turkish case ending or a French elided word is no part of a name ("the General
    // Intelligence Directorate", "la France", "Raqqa's countryside", "Rakka'da", "d'Alep"), unless the name has it
    // (The National, People's Republic); a name so met strictly is better evidence than any reading of the whole:
    // "Libya'nın" is Libya, not Lübnan read in Turkish letters
    String unended = withoutEnding(query);
    String plain = withoutLeadingArticle(unended);
    Resolution bare = plain.equals(query) || plain.isBlank() ? null : resolve(plain, types, explain);
    if (bare != null && strict(bare)) {
      return restated(query, bare, "without the article or ending", explain);
    }
    // the article may be the name's own: "The National'dan", "The National's"
    Resolution titled = unended.equals(plain) || unended.equals(query.strip()) ? null : resolve(unended, types, explain);
    if (titled != null && strict(titled)) {
      return restated(query, titled, "without the ending", explain);
    }
    // Turkish and Kurdish letters read as English romanisation writes them, a better reading than with ş as s:
    // "Şeddadi" is al-Shaddadi; h as kh and v as w only if met as spelt, for most h are h
    // the words of the query in the key profile, as the words of names are kept: read for slips and misplaced dots
    String[] words = KEY.foldToString(query).split(" ");
    TurkishKurdish.Readings readings = TurkishKurdish.of(query, index.nameWords::contains);
    if (!readings.isEmpty() && !index.otherPlaces.contains(String.join(" ", words))) {
      Resolution approximate = null;
      for (String read : readings.plain()) {
        Resolution r = resolveQuery(read, types, explain);
        if (metAsSpelt(r)) {
          return restated(query, r, "read as Turkish or Kurdish: " + read, explain);
        }
        if (r.resolved() && approximate == null) {
          approximate = restated(query, r, "read as Turkish or Kurdish: " + read, explain);
        }
      }
      for (String read : readings.kind()) {
        Resolution r = resolveQuery(read, types, explain);
        // after a plain reading met approximately, only one met as spelt is better evidence: "Cezayîrê" is Cezayîr
        // (Algeria) in the Kurdish oblique case, not "Jezayire" near al-Jazira; else a letter read as another must
        // find a nearer name than the letters as written: "Hame beldesi" is al-Hameh, not Hama
        boolean nearer = !asWritten.resolved() || r.score() > asWritten.score();
        boolean met = approximate != null ? metAsSpelt(r)
            : nearer && (metAsSpelt(r) || r.resolved() && r.score() >= KIND_READING_SCORE);
        if (met) {
          return restated(query, r, "read as Turkish or Kurdish: " + read, explain);
        }
      }
      if (approximate != null) {
        return approximate;
      }
      for (String read : readings.speltOnly()) {
        Resolution r = resolveQuery(read, types, explain);
        if (metAsSpelt(r) && (!asWritten.resolved() || r.score() > asWritten.score())) {
          return restated(query, r, "read as Turkish or Kurdish: " + read, explain);
        }
      }
    }
    String sorani = Sorani.read(query);
    Resolution asArabic = sorani == null ? null : resolveQuery(sorani, types, explain);
    if (asArabic != null && asArabic.resolved()) {
      return restated(query, asArabic, "Kurdish read as Arabic: " + sorani, explain);
    }
    // without an elided word, which key folding would join to the next (d'al-Jiza as dal jiza)
    String respelt = mendings.kindWordsRespelt(!hasApostrophe(query) ? words.clone()
        : KEY.foldToString(ELISION.matcher(query).replaceAll("")).split(" "));
    if (respelt != null) {
      // a word for a kind of thing a letter off, that is no word of any name: "Semalka corssing", "Golan Hights"
      Resolution r = resolveQuery(respelt, types, explain);
      if (r.resolved() && (!asWritten.resolved() || strict(r))) {
        return restated(query, r, "with its word for a kind of thing respelt: " + respelt, explain);
      }
    }
    if (!asWritten.resolved()) {
      // a word of a name with one letter's dots misplaced ("منطقة تدمز", "سرمبن") or a slip of typing ("Salkahd
      // District"), words run together (مركزجسور), a number in words (الفرع مئتين وسبعة وعشرين)
      boolean arabic = NameForms.isArabic(query);
      String searched = SEARCH.foldToString(query);
      String kindApart = arabic ? mendings.kindWordApart(searched.split(" ")) : null;
      Resolution apart = kindApart == null ? null : resolveQuery(kindApart, types, explain);
      if (apart != null && apart.resolved()) {
        // no guess: the reader sees the space that was left out (ناحيةالباب)
        return restated(query, apart, "with the space after its word for a kind of thing restored: " + kindApart,
            explain);
      }
      boolean definite = searched.startsWith("ال");
      String restored = mendings.dotsRestored(words.clone(), arabic, definite);
      if (restored == null && arabic) {
        // a misplaced dot may make a letter the double of the next, which key folding writes once: التتك for التنك
        restored = mendings.dotsRestored(WordMendings.wordsAsWritten(searched), true, definite);
      }
      Resolution r = mended(query, restored, "with a letter's dots restored: ", types, explain);
      // a shorter word alone so read is kept only if it then meets a city: عفربن; people's names met countries (بابان,
      // Japan)
      r = r != null || !arabic || definite ? r : mendedAlone(query, mendings.dotsRestoredAlone(words.clone()),
          "with a letter's dots restored: ", e -> e.subtype().equals("city"), types, explain);
      r = r != null || !arabic ? r : mended(query, nameADotAway(query), "with a letter's dots restored: ", types, explain);
      r = r != null ? r : mended(query, mendings.slipsMended(words.clone()), "with a slip of typing mended: ", types,
          explain);
      // a shorter word alone with two letters swapped, if it then meets a country: "Kuwiat", "Norawy"; an Arabic one
      // with a key beside the one meant struck, if it then meets a city or a country: الدنمارم, البوكمتل
      // (a word of five letters only if it then spells the country's English name: "Itlay", "Eygpt"; not "Nesma",
      // النمسا romanised, or "Malet")
      if (r == null) {
        String swapped = mendings.swappedAlone(words.clone(), WordMendings.MIN_SWAPPED_ALONE_ENGLISH_NAME);
        r = mendedAlone(query, swapped, "with a slip of typing mended: ", e -> e.type() == EntityType.COUNTRY
            && (swapped.length() >= WordMendings.MIN_SWAPPED_ALONE_WELL_KNOWN
                || KEY.foldToString(e.nameEn()).equals(swapped)), types, explain);
      }
      r = r != null ? r : mendedAlone(query, mendings.neighbourKeyedAlone(words.clone()), "with a slip of typing mended: ",
          e -> e.type() == EntityType.COUNTRY || e.subtype().equals("city"), types, explain);
      r = r != null ? r : mendedAlone(query, mendings.respeltAlone(words.clone()), "with a slip of typing mended: ",
          e -> e.type() == EntityType.COUNTRY || e.subtype().equals("city"), types, explain);
      // kaf said and written as ch, جـ or چ, in the speech of the Jazira and the desert (الحسچة); only as a place's
      // name, for a jeem in a name of anything else is most often a jeem (الزنجي is no Zenki)
      r = r != null || !arabic ? r : mendedAlone(query, mendings.kafSaidAsCh(words.clone()), "with jeem read as kaf: ",
          e -> e.type() == EntityType.PLACE, types, explain);
      r = r != null || !arabic ? r : mended(query, mendings.lamRestored(searched.split(" ")),
          "with the article's lam written again: ", types, explain);
      r = r != null || !arabic ? r : mended(query, mendings.articleRestored(searched.split(" ")),
          "with the article written whole: ", types, explain);
      r = r != null || !arabic ? r : mended(query, mendings.obliqueCase(words.clone()), "in the oblique case: ", types,
          explain);
      r = r != null ? r : mended(query, mendings.wordsApart(words.clone(), arabic), "with words run together set apart: ",
          types, explain);
      r = r != null ? r : mended(query, WordMendings.handleApart(query), "with the words of a handle set apart: ", types, explain);
      r = r != null ? r : mended(query, mendings.numbersInDigits(words), "with its numbers in digits: ", types,
          explain);
      // a romanised ordinal is translated, not guessed: "Firqat al-Rabi'a" is met as "Firqat 4" is, with any mending
      // that needs (the number in digits leaves no ordinal to read again)
      String ordinals = r != null || arabic ? null : ArabicNumbers.romanisedOrdinalsInDigits(words);
      Resolution counted = ordinals == null ? null : resolve(ordinals, types, explain);
      r = counted == null || !counted.resolved() ? r
          : restated(query, counted, "with its ordinals in digits: " + ordinals, explain);
      r = r != null ? r : mended(query, mendings.ordinalsInWords(words, arabic), "with its ordinals in words: ", types,
          explain);
      // c and g as j, as Turkish, Kurdish, Egyptian and Italian write them, a final t as d: Ceyrud, Hagin, Salkhat; a
      // word alone so read must meet a name strictly, for most are names of people (Carney is not al-Jurniyah); a
      // place outside the lexicon is read as it is spelt (Hagen is not Hajin)
      boolean alone = query.strip().indexOf(' ') < 0;
      boolean elsewhere = index.otherPlaces.contains(String.join(" ", words));
      for (String read : r == null && !elsewhere ? OtherRomanisations.of(query, this::knownWord) : List.<String>of()) {
        if (!readsAsNameWord(query, read)) {
          continue; // most readings of people's names meet no word of a name: no need to resolve them
        }
        Resolution asRead = resolveQuery(read, types, explain);
        if (strict(asRead) || !alone && asRead.resolved() && asRead.score() >= OTHER_ROMANISATION_SCORE) {
          r = restated(query, asRead, "read as another romanisation writes it: " + read, explain);
          break;
        }
      }
      if (r != null) {
        return r;
      }
    }
    if (bare == null) {
      return asWritten;
    }
    if (bare.resolved() && !asWritten.resolved()) {
      return restated(query, bare, "without the article or ending", explain);
    }
    // an acronym or a place outside the lexicon with an ending after an apostrophe, met only approximately as written,
    // is the ending's letters taken for a name's: "BAE'nin" is not Banan, nor "Sakarya'ya" al-Sikkariyah (the ending
    // follows Latin letters, whose case says an acronym)
    boolean acronymOrPlaceAbroad = plain.equals(plain.toUpperCase(java.util.Locale.ROOT))
        || index.otherPlaces.contains(KEY.foldToString(plain));
    return acronymOrPlaceAbroad && NAME_SUFFIX.matcher(query).find()
        ? restated(query, bare, "without the article or ending", explain) : asWritten;
  }

  /**
   * A look behind for a name that ends in one to four consonants after one of {@code vowels}, as a Turkish ending of one
   * vowel asks (İran'a, Halep'e); nothing when {@code vowels} is empty.
   */
  private static String afterLastVowel(String vowels) {
    return vowels.isEmpty() ? "" : "(?<=[" + vowels + "][b-df-hj-np-tv-zçğş]{1,4})";
  }

  private static boolean hasApostrophe(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (APOSTROPHES.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** True when a word that {@code read} changed in {@code query} has the invariant key of a word of a name. */
  private boolean readsAsNameWord(String query, String read) {
    String[] before = query.split(" ", -1);
    String[] after = read.split(" ", -1);
    for (int i = 0; i < after.length && i < before.length; i++) {
      if (!after[i].equals(before[i])
          && index.nameWordInvariants.contains(InvariantKey.ofKeyFolded(KEY.foldToString(after[i])))) {
        return true;
      }
    }
    return false;
  }

  /** True for a key-folded word of a name or of the tables: it is as meant. */
  private boolean knownWord(String word) {
    return index.nameWords.contains(word) || NameForms.isTableWord(word);
  }

  /**
   * The query's key with its name, of two words or more, read as the one name of the lexicon it is a letter's dots
   * away from; null if none is, or if the word so read is a given name (نادية حماة is a woman, not بادية حماة). Within
   * a name the words beside a slip say which name it is, though the slip makes a word of another name or of the
   * language (عين الغرب for عين العرب, باب شرفي for باب شرقي).
   */
  private String nameADotAway(String query) {
    NameForms q = NameForms.of(query);
    String read = index.oneDotAway(q.key());
    if (read == null && !q.core().equals(q.key())) {
      String core = index.oneDotAway(q.core());
      read = core == null ? null : q.key().contains(q.core()) ? q.key().replace(q.core(), core) : core;
    }
    if (read == null) {
      return null;
    }
    String[] written = q.key().split(" ");
    String[] meant = read.split(" ");
    for (int i = 0; i < written.length && i < meant.length; i++) {
      if (!written[i].equals(meant[i]) && mendings.withGivenName(new String[] {written[i]})) {
        return null;
      }
    }
    return read;
  }

  /**
   * {@code query}, a word alone, read as {@code mended} ({@link #mended}), kept only when it then meets an entity
   * {@code wellKnown} allows: a word alone so mended is as often another word or a person's name, and slips are most
   * often of the names most often written.
   */
  private Resolution mendedAlone(String query, String mended, String rule, Predicate<Entity> wellKnown,
      Predicate<Entity> types, boolean explain) {
    Resolution r = mended(query, mended, rule, types, explain);
    return r != null && wellKnown.test(lexicon.get(r.id()).orElseThrow()) ? r : null;
  }

  /**
   * {@code query} resolved as {@code mended}, its words mended, when that is met strictly, or by an equal spelling of a
   * thing of the kind it asks for ("ناحية منبج" is Menbij subdistrict by its class word and name; "Talbisa
   * Governorate" is no town); null otherwise, and when {@code mended} is null.
   */
  private Resolution mended(String query, String mended, String rule, Predicate<Entity> types, boolean explain) {
    if (mended == null) {
      return null;
    }
    Resolution r = resolveQuery(mended, types, explain);
    Set<String> asked = askedFor(NameForms.of(mended).subtypes());
    boolean met = strict(r) || r.resolved() && r.score() >= 1
        && (asked.isEmpty() || asked.contains(lexicon.get(r.id()).orElseThrow().subtype()));
    return met ? restated(query, r, rule + mended, explain) : null;
  }

  /**
   * A label of a web address with the word for a kind of thing that ends it set apart ("tasnimnews" as "tasnim news"), or
   * empty when none ends it: a host runs a name's words together.
   */
  private static String withKindWordApart(String label) {
    for (int i = MIN_LABEL_NAME; i < label.length() - 1; i++) {
      if (NameForms.isQualifier(label.substring(i))) {
        return label.substring(0, i) + " " + label.substring(i);
      }
    }
    return "";
  }

  /**
   * The query without a leading article ("the", "la"), an English compound that says where or whose the name is
   * ("US-based"), the endings after an apostrophe and the elided words before one ("d'Espagne"); most queries have
   * none.
   */
  static String withoutArticleOrEnding(String query) {
    return withoutLeadingArticle(withoutEnding(query));
  }

  /** The query without the endings and elided words of {@link #withoutArticleOrEnding}, its leading article kept. */
  private static String withoutEnding(String query) {
    String s = withoutPostposition(CompoundModifiers.without(query));
    s = s.indexOf("ال") < 0 ? s : ARTICLE_BEFORE_FOREIGN.matcher(s).replaceAll("");
    if (hasApostrophe(s)) {
      s = ARTICLE_AFTER_APOSTROPHE.matcher(s).replaceAll(" al-");
      s = ELISION.matcher(NAME_SUFFIX.matcher(s).replaceAll("")).replaceAll("");
    }
    return s.strip();
  }

  /**
   * The text without the article or citing words it begins with ({@code leading-words.tsv}), the longest first, and
   * any word after the name that closes them: "la France" as "France", "according to SOHR" as "SOHR", "li Sûriyê de" as
   * "Sûriyê"; a preposition may come before the article ("pour la Grèce"), but the same word twice is the name's own
   * article after another's ("the Abu Dhabi-based The National").
   */
  private static String withoutLeadingArticle(String text) {
    String s = text.strip();
    String once = withoutLeadingWords(s);
    return once.equals(s) || firstWord(once).equals(firstWord(s)) ? once : withoutLeadingWords(once);
  }

  private static String firstWord(String text) {
    return SEARCH.foldToString(text.split(" ", 2)[0]);
  }

  private static String withoutLeadingWords(String s) {
    int space = s.indexOf(' ');
    if (space < 0 || !LEADING_FIRST_WORDS.contains(SEARCH.foldToString(s.substring(0, space)))) {
      // most queries begin with no such word: one folding of the first word tells
      return s;
    }
    String[] words = s.split(" ");
    for (int n = Math.min(MAX_LEADING_WORDS, words.length - 1); n >= 1; n--) {
      Set<String> closings = LEADING_WORDS.get(SEARCH.foldToString(String.join(" ", Arrays.copyOfRange(words, 0, n))));
      if (closings != null) {
        int last = words.length - 1;
        boolean closed = last > n && closings.contains(SEARCH.foldToString(words[last]));
        return String.join(" ", Arrays.copyOfRange(words, n, closed ? last : words.length)).strip();
      }
    }
    return s;
  }

  /** The query without a last word of {@code postpositions.tsv}: "Lübnan'a kadar" as "Lübnan'a". */
  private static String withoutPostposition(String text) {
    String s = text.strip();
    int last = s.lastIndexOf(' ');
    return last > 0 && POSTPOSITIONS.contains(SEARCH.foldToString(s.substring(last + 1))) ? s.substring(0, last).strip()
        : s;
  }

  private static Map<String, String> countryHeads() {
    Map<String, String> heads = new HashMap<>();
    for (DataTable.Row row : DataTable.read(Resolver.class, "country-heads.tsv", 3)) {
      if (!row.cell(1).equals("before") && !row.cell(1).equals("after")) {
        throw new IllegalStateException("country-heads.tsv:" + row.line() + ": position must be before or after");
      }
      heads.put(KEY.foldToString(row.cell(0)), row.cell(1));
    }
    return Map.copyOf(heads);
  }

  private static Map<String, Set<String>> leadingWords() {
    Map<String, Set<String>> words = new LinkedHashMap<>();
    for (DataTable.Row row : DataTable.read(Resolver.class, "leading-words.tsv", 4)) {
      Set<String> closings = row.cell(2).equals("-") ? Set.of()
          : Set.of(SEARCH.foldToString(row.cell(2)).split(" "));
      words.put(SEARCH.foldToString(row.cell(0)), closings);
    }
    return java.util.Collections.unmodifiableMap(words);
  }

  private Resolution resolveQuery(String query, Predicate<Entity> types, boolean explain) {
    Resolution plain = resolvePlainQuery(query, types, explain);
    Resolution nisba = plain.resolved() ? null : withNisbaAsPlace(query, types, explain);
    return nisba != null ? nisba : plain;
  }

  private Resolution resolvePlainQuery(String query, Predicate<Entity> types, boolean explain) {
    Resolution whole = matcher.resolveName(query, types, explain);
    if (strict(whole)) {
      return whole;
    }
    Resolution read = firstOf(beforeAnyMatch, query, types, explain);
    if (read != null) {
      return read;
    }
    if (whole.resolved()) {
      // a strict match of the name in the place it is said to be in, or a closer one, is better evidence than an
      // approximate one of the whole: "Mezzeh in Damascus" is Mezzeh, not Midan Damascus; a name of one or two words
      // is read so only when a comma parts them, for most of them are a name
      Resolution located = WORD_BREAK.split(query.strip()).length > 2 || query.indexOf(',') >= 0
          ? where.inPlace(query, types, explain) : null;
      if (located != null && (strict(located) || located.score() > whole.score())) {
        return located;
      }
      // so is a name met strictly after a clitic joined to its article: "بالساحل السوري" is on the Syrian coast, not
      // in the Syrian coastal mountains (جبال), however near the two are spelt
      Resolution unclitic = strict(whole) || !cliticBeforeArticle(query) ? null : withoutClitic(query, types, explain);
      return unclitic != null && strict(unclitic) ? unclitic : whole;
    }
    read = firstOf(whenNothingMatched, query, types, explain);
    return read != null ? read : whole;
  }

  /** True when the query's first word holds the article after one or two letters, as a clitic puts it: بالساحل. */
  private static boolean cliticBeforeArticle(String query) {
    String q = query.strip();
    int article = q.indexOf("ال");
    int space = q.indexOf(' ');
    return (article == 1 || article == 2) && (space < 0 || article < space);
  }

  /** Another reading of a query: null when the query cannot be so read, or so read names nothing. */
  @FunctionalInterface
  private interface Reading {
    Resolution read(String query, Predicate<Entity> types, boolean explain);
  }

  private static Resolution firstOf(List<Reading> readings, String query, Predicate<Entity> types, boolean explain) {
    for (Reading reading : readings) {
      Resolution r = reading.read(query, types, explain);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  /**
   * "Abu Dhabi's Sky News Arabia", "Aleppo's al-Shaar": a name after the possessive of the place it is of, met
   * strictly; a place must lie in it. A country's possessive may stand for its demonym ("Russia's forces"). Null when
   * the query has no leading possessive or the rest names nothing so.
   */
  private Resolution afterPossessive(String query, Predicate<Entity> types, boolean explain) {
    if (!hasApostrophe(query)) {
      return null;
    }
    java.util.regex.Matcher m = LEADING_POSSESSIVE.matcher(query.strip());
    if (!m.matches()) {
      return null;
    }
    Geography.PlaceName owner = geography.placeName(m.group(1));
    Resolution r = matcher.resolveName(m.group(2), types.and(e -> e.type() != EntityType.PLACE || geography.within(e, owner)), explain);
    if (strict(r)) {
      return restated(query, r, m.group(2) + ", of " + m.group(1), explain);
    }
    // a country's possessive is its demonym: "Russia's forces" are the Russian forces
    return withDemonym(query, m.group(1), m.group(2), types, explain);
  }

  private static boolean onlyStopwords(String text) {
    return Arrays.stream(KEY.foldToString(text).split(" ")).allMatch(NameForms::isStopword);
  }

  /**
   * A place's short name that says where a thing lies ({@code context-names.tsv}) written as the place's name, kept
   * only if the query so read meets a name strictly: "مطار الدير العسكري" is Deir ez-Zor military airport. Null
   * otherwise.
   */
  private Resolution withContextNameInFull(String query, Predicate<Entity> types, boolean explain) {
    String searched = SEARCH.foldToString(query).strip();
    String[] words = searched.split(" ");
    boolean read = false;
    for (int i = 0; i < words.length && words.length > 1; i++) {
      Entity place = index.contextNames.get(words[i]);
      // the short name may be a word of the name in full (الساحل السوري), which the query may hold already
      if (place != null && NameForms.isArabic(words[i]) == NameForms.isArabic(place.nameAr())
          && !(" " + searched + " ").contains(" " + SEARCH.foldToString(place.nameAr()) + " ")) {
        words[i] = place.nameAr();
        read = true;
      }
    }
    if (!read) {
      return null;
    }
    String full = String.join(" ", words);
    Resolution r = resolveQuery(full, types, explain);
    return strict(r) ? restated(query, r, "with the place's short name in full: " + full, explain) : null;
  }

  /**
   * "الأراضي التركية", "Lebanese soil": a word for a country's territory or state and the demonym of one country only
   * ({@code country-heads.tsv}) name that country. Null otherwise.
   */
  private Resolution countryByItsDemonym(String query, Predicate<Entity> types, boolean explain) {
    String[] words = KEY.foldToString(query).split(" ");
    if (words.length != 2) {
      return null;
    }
    String demonym = "before".equals(COUNTRY_HEADS.get(words[0])) ? words[1]
        : "after".equals(COUNTRY_HEADS.get(words[1])) ? words[0] : null;
    Entity country = demonym == null ? null : index.countryByDemonym.get(demonym);
    if (country == null || !types.test(country)) {
      return null;
    }
    return new Resolution(query, country.id(), country.type().id(), country.nameEn(), country.nameAr(), 1.0, "key",
        List.of(new Resolution.Candidate(country.id(), 1.0)),
        explain ? Map.of("rule", "the country of the demonym " + demonym, "key", String.join(" ", words)) : Map.of());
  }

  /**
   * "Iran forces", "Suriye TV": a country's name in any language before the rest of a name in English is its English
   * name or demonym ({@link #withDemonym}). Null when the query begins with no country's name or so read names nothing.
   */
  private Resolution countryAsDemonym(String query, Predicate<Entity> types, boolean explain) {
    String[] words = Words.of(query);
    for (int n = 1; n < words.length && n <= MAX_COUNTRY_WORDS; n++) {
      Resolution r = withDemonym(query, String.join(" ", Arrays.copyOfRange(words, 0, n)),
          String.join(" ", Arrays.copyOfRange(words, n, words.length)), types, explain);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  /**
   * "مخيم الهول المكتظ" (the crowded al-Hol camp), "الأردن المجاور": an Arabic name met strictly, then an adjective,
   * that no table lists, describing it: a last word with the article after a word with it, as an adjective agrees with
   * its noun. A word with the article after one without makes a construct state, another name (تجارة المخدرات). Kept
   * for a name of two words or more, or a country: one common word with an adjective is a phrase (الأخبار الكاذبة),
   * and so is a demonym (السورية المؤقتة); not for a name made of people's names (أبو الحسن المهاجر is a man and his
   * epithet), nor when the adjective is a demonym, which may say the place is in another country (العمارة العراقية).
   * Null otherwise.
   */
  private Resolution withAdjectiveAfter(String query, Predicate<Entity> types, boolean explain) {
    String[] words = SEARCH.foldToString(query.strip()).split(" ");
    int n = words.length;
    if (n < 2 || !NameForms.isArabic(query) || !words[n - 1].startsWith("ال") || !NameForms.definite(words[n - 2])
        || index.demonyms.contains(KEY.foldToString(words[n - 1]))) {
      return null;
    }
    String name = String.join(" ", Arrays.asList(words).subList(0, n - 1));
    String[] nameWords = KEY.foldToString(name).split(" ");
    if (matcher.personsName(name) || nameWords.length == 1 && index.demonyms.contains(nameWords[0])) {
      return null;
    }
    Resolution r = matcher.resolveName(name, types, explain);
    if (!strict(r) || nameWords.length < 2 && lexicon.get(r.id()).orElseThrow().type() != EntityType.COUNTRY) {
      return null;
    }
    return restated(query, r, "with an adjective after it: " + name, explain);
  }

  /**
   * "معبر الدرباسية مع تركيا الحدودي", "نهر دجلة الحدودي مع العراق": a query whose last word describes what it names
   * ({@code modifiers.tsv}) after words that the readings take apart (a crossing and the country across it), read
   * without that word, met strictly. The modifiers are otherwise set aside only once the query is taken as one name.
   */
  private Resolution withModifierLast(String query, Predicate<Entity> types, boolean explain) {
    String q = query.strip();
    int space = q.lastIndexOf(' ');
    if (space < 0 || !index.modifiers.contains(KEY.foldToString(q.substring(space + 1)))) {
      return null;
    }
    String rest = q.substring(0, space).strip();
    if (rest.indexOf(' ') < 0) {
      // a word and its adjective are one name or a phrase (زيارة رسمية), read as written
      return null;
    }
    Resolution r = resolve(rest, types, explain);
    return strict(r) ? restated(query, r, "without the word that describes it at the end: " + rest, explain) : null;
  }

  /**
   * "the Beirut daily al-Akhbar", "the French broadcaster France 24", "the hardline jihadist militia Hurras
   * al-Din": words that say where, whose or what an outlet or an armed actor is, a word for its kind, then its name,
   * read from that word on ("daily al-Akhbar"); kept only if that meets an outlet or actor of the kind. Null otherwise,
   * and for a query in Arabic, which puts what describes a name after it.
   */
  private Resolution afterDescription(String query, Predicate<Entity> types, boolean explain) {
    if (NameForms.isArabic(query)) {
      return null;
    }
    String[] words = Words.of(query);
    for (int i = 1; i < words.length - 1; i++) {
      Set<String> kinds = NameForms.kindsOf(KEY.foldToString(words[i]));
      // an actor's kind is also a word of its sites' names ("Khatib Branch of State Security", "Maqarr al-Firqa
      // al-Rabia"): the words before it must only describe
      if (!kinds.isEmpty() && (outletKinds.containsAll(kinds)
          || actorKinds.containsAll(kinds) && Arrays.stream(words, 0, i).allMatch(this::describes))) {
        String read = String.join(" ", Arrays.asList(words).subList(i, words.length));
        Resolution r = resolveQuery(read, types.and(e -> kinds.contains(e.subtype())), explain);
        return r.resolved() ? restated(query, r, "after the words that describe it: " + read, explain) : null;
      }
    }
    return null;
  }

  /** The subtypes of the lexicon's entities of {@code type}. */
  private static Set<String> kindsOf(Lexicon lexicon, EntityType type) {
    return lexicon.entities().stream().filter(e -> e.type() == type).map(Entity::subtype)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** True for a word that only describes: the, a demonym, a word of modifiers.tsv or of English ("hardline", "rebel"). */
  private boolean describes(String word) {
    String key = KEY.foldToString(word);
    return key.isEmpty() || index.demonyms.contains(key) || index.modifiers.contains(key)
        || NameMatcher.commonWord(word);
  }

  /**
   * "the Gulf state of Kuwait", "the Mediterranean island nation of Malta": words that say where a country is, a word
   * that stands for a country ({@code country-nouns.tsv}), then its name, read from the word after (and "of"); kept
   * only if that meets a country as spelt ("جزيرة مالطا": Arabic puts the word first). Null otherwise.
   */
  private Resolution countryAfterDescription(String query, Predicate<Entity> types, boolean explain) {
    String[] words = Words.of(query);
    if (NameForms.isArabic(query) && words.length > 1 && !COUNTRY_NOUNS.contains(KEY.foldToString(words[0]))) {
      return null;
    }
    int first = words.length > 0 && LEADING_WORDS.containsKey(SEARCH.foldToString(words[0])) ? 1 : 0;
    for (int i = first; i < words.length - 1; i++) {
      String key = KEY.foldToString(words[i]);
      if (COUNTRY_NOUNS.contains(key) && !COUNTRY_NOUNS.contains(KEY.foldToString(words[i + 1]))) {
        int from = words[i + 1].equalsIgnoreCase("of") ? i + 2 : i + 1;
        String read = String.join(" ", Arrays.asList(words).subList(from, words.length));
        Resolution r = read.isEmpty() ? null
            : resolveQuery(read, types.and(e -> e.type() == EntityType.COUNTRY), explain);
        return r != null && metAsSpelt(r) ? restated(query, r, "after the words that describe it: " + read, explain)
            : null;
      }
      if (!COUNTRY_NOUNS.contains(key) && !Locatives.sayOnlyWhere(List.of(words[i])) && !index.modifiers.contains(key)) {
        return null;
      }
    }
    return null;
  }

  /**
   * "قاعدة التنف للتحالف الدولي", "مخيم الهول لعائلات التنظيم": a site with bounds (a base, camp, prison, field…) met as
   * spelt before words that say whose or what for it is; only such a site, for the names of organisations hold such
   * words ("الشبكة السورية للمعتقلين السياسيين" is no SNHR, "مركز حرمون للدراسات" no subdistrict centre), and a town
   * before them is most often the start of a sentence about it ("منبج لليوم العشرين"). A numbered site is known by
   * its number and whose it is, which the words may say is another's ("فرع 215 للشرطة العسكرية").
   */
  private Resolution beforeWhoseOrWhatFor(String query, Predicate<Entity> types, boolean explain) {
    String name = Locatives.beforeWhoseOrWhatFor(query);
    Resolution r = name == null || name.chars().anyMatch(Character::isDigit) ? null
        : resolveQuery(name, types.and(e -> PlaceKinds.BOUNDED_SITES.contains(e.subtype())), explain);
    return r != null && metAsSpelt(r) ? restated(query, r, "before the words that say whose it is: " + name, explain)
        : null;
  }

  /** A name met as spelt before a clause that describes it: "خان شيخون التي تعرضت للقصف بالسارين". */
  private Resolution beforeClause(String query, Predicate<Entity> types, boolean explain) {
    String name = Locatives.beforeClause(query);
    Resolution r = name == null ? null : resolveQuery(name, types, explain);
    return r != null && metAsSpelt(r) ? restated(query, r, "before the clause that describes it: " + name, explain) : null;
  }

  /**
   * "Summaq mountain", "Queik river": a name with an English word for a kind of place after it, read with the
   * romanised Arabic word that Syrian names put before it instead ({@code arabic-heads.tsv}: Jabal al-Summaq, Nahr
   * Quwayq), as a Turkish query is ({@link TurkishKurdish}). Null when the query ends in no such word or so read names
   * nothing.
   */
  private Resolution withArabicHeadFirst(String query, Predicate<Entity> types, boolean explain) {
    String q = query.strip();
    int space = q.lastIndexOf(' ');
    String head = space < 0 || NameForms.isArabic(q) ? null : TurkishKurdish.arabicHead(KEY.foldToString(q.substring(space + 1)));
    String name = space < 0 ? "" : q.substring(0, space);
    if (head == null || onlyStopwords(name)) {
      // "the river" is no name
      return null;
    }
    String read = head + " " + name;
    Resolution r = matcher.resolveName(read, types, explain);
    return r.resolved() ? restated(query, r, "with the Arabic word for its kind first: " + read, explain) : null;
  }

  /**
   * The query with its capitals read as their states ({@link Capitals}: "Tehran-backed militias"), kept only if it then
   * meets an armed actor or a state body as spelt; null otherwise.
   */
  private Resolution capitalsAsStates(String query, Predicate<Entity> types, boolean explain) {
    String read = capitals.asCountries(query);
    if (read == null) {
      return null;
    }
    Resolution r = resolveQuery(read, types, explain);
    boolean actor = r.resolved() && lexicon.get(r.id()).orElseThrow().type() == EntityType.ACTOR;
    return actor && (strict(r) || r.score() >= KIND_READING_SCORE)
        ? restated(query, r, "with its capital read as its state: " + read, explain) : null;
  }

  /**
   * The query with the codes it spells out in the names of Latin letters and English numbers written in Latin
   * ({@link LatinSpeltInArabic}: "محطة تي تو" as "محطة T2"), or else with its Latin acronyms spelt out in Arabic ("BBC
   * عربي" as "بي بي سي عربي"), kept only if it then meets a name as spelt or nearly.
   */
  private Resolution latinSpeltOut(String query, Predicate<Entity> types, boolean explain) {
    // brackets whose names disagree are not made to agree by a respelling: "بي بي سي عربي (BBC)"
    if (query.indexOf('(') >= 0) {
      return null;
    }
    String read = LatinSpeltInArabic.read(query);
    String spelt = read == null ? LatinSpeltInArabic.spelt(query) : null;
    String text = read != null ? read : spelt;
    // the acronym spelt out is met as a name, not read back into Latin
    Resolution r = read != null ? resolveQuery(read, types, explain)
        : spelt != null ? matcher.resolveName(spelt, types, explain) : null;
    return r != null && (strict(r) || r.resolved() && r.score() >= KIND_READING_SCORE)
        ? restated(query, r, (read != null ? "with the Latin letters it spells out written so: "
            : "with its acronym spelt out in Arabic: ") + text, explain) : null;
  }

  /**
   * The query with a state's abbreviated title written in full ({@link StateTitles}: "P.R. China"), kept only if it
   * then meets a country as spelt.
   */
  private Resolution stateTitleInFull(String query, Predicate<Entity> types, boolean explain) {
    String full = StateTitles.inFull(query);
    Resolution r = full == null ? null : resolveQuery(full, types.and(e -> e.type() == EntityType.COUNTRY), explain);
    return r != null && strict(r) ? restated(query, r, "with the state's title in full: " + full, explain) : null;
  }

  /**
   * The query with the nisbas of capitals read as their states' demonyms ({@link Capitals#nisbasAsDemonyms}: "الأخبار
   * البيروتية"), kept only if it then meets an organisation as spelt or nearly: a place so described lies in that city.
   */
  private Resolution capitalsNisbasAsDemonyms(String query, Predicate<Entity> types, boolean explain) {
    String read = capitals.nisbasAsDemonyms(query);
    if (read == null) {
      return null;
    }
    Resolution r = resolveQuery(read, types.and(e -> e.type() == EntityType.ACTOR || e.type() == EntityType.OUTLET),
        explain);
    return strict(r) || r.resolved() && r.score() >= KIND_READING_SCORE
        ? restated(query, r, "with its capital's nisba read as its state's demonym: " + read, explain) : null;
  }

  /**
   * {@code rest} after the English name of the country named {@code country} ("Suriye TV" is Syria TV), or else after
   * its English demonym ("Iran forces" are the Iranian forces), met strictly; null if neither is so met.
   */
  private Resolution withDemonym(String query, String country, String rest, Predicate<Entity> types, boolean explain) {
    Entity named = NameForms.isArabic(rest) ? null : countryNamed(country);
    // the country as written must be met strictly on its own: "us" in lower case is a word
    if (named == null || !strict(matcher.resolveName(country, e -> e.equals(named), false))) {
      return null;
    }
    String demonym = named.demonyms().stream().filter(d -> !NameForms.isArabic(d)).findFirst().orElse(null);
    for (String read : demonym == null ? List.of(named.nameEn()) : List.of(named.nameEn(), demonym)) {
      Resolution r = matcher.resolveName(read + " " + rest, types, explain);
      // the rest must be words of a name, not a word the country's name absorbs ("US and")
      if (strict(r) && (!r.id().equals(named.id()) || !onlyStopwords(rest))) {
        return restated(query, r, read + " " + rest, explain);
      }
    }
    return null;
  }

  /** The country {@code name} names, met strictly if it is of two words or more ("United States"); or null. */
  private Entity countryNamed(String name) {
    String key = NameForms.keyOf(name);
    if (key.indexOf(' ') < 0) {
      return index.countryByName.get(key);
    }
    // most queries begin with no word of any country's name, and no strict match could then be a country
    if (Arrays.stream(key.split(" ")).noneMatch(index.countryWords::contains)) {
      return null;
    }
    Resolution r = matcher.resolveName(name, e -> e.type() == EntityType.COUNTRY, false);
    return strict(r) ? lexicon.get(r.id()).orElseThrow() : null;
  }

  /**
   * "قوات مجلس دير الزور العسكري", "أهالي بلدة الكشكية", "الحرس الجمهوري التابع للنظام": a name after a word for its
   * members, people or staff, met as spelt among what the word is of; or an actor's or outlet's name followed by whom
   * it belongs or is close to, met strictly ({@code members.tsv}). Null when the query has none of the words or the rest
   * is not so met.
   */
  private Resolution withoutMembersWord(String query, Predicate<Entity> types, boolean explain) {
    // most queries hold none of the words: one folding of the whole tells
    String key = " " + KEY.foldToString(query) + " ";
    if (MEMBERS_OWNER_SPACED.stream().noneMatch(key::contains) && MEMBERS_BEFORE_SPACED.stream().noneMatch(key::startsWith)) {
      return null;
    }
    String[] words = Words.of(query);
    for (int i = 1; i < words.length; i++) {
      Predicate<Entity> owned = MEMBERS_OWNER.get(KEY.foldToString(words[i]));
      if (owned != null) {
        String name = String.join(" ", Arrays.copyOfRange(words, 0, i));
        Resolution r = matcher.resolveName(name, types.and(owned), explain);
        r = strict(r) ? r : withoutMembersWord(name, types, explain);
        return r != null && strict(r) ? restated(query, r, "without whom it belongs to", explain) : null;
      }
    }
    for (int n = 1; n <= Math.min(2, words.length - 1); n++) {
      Predicate<Entity> of = MEMBERS_BEFORE.get(KEY.foldToString(String.join(" ", Arrays.copyOfRange(words, 0, n))));
      if (of != null) {
        String rest = withoutLeadingArticle(String.join(" ", Arrays.copyOfRange(words, n, words.length)));
        Resolution r = matcher.resolveName(rest, types.and(of), explain);
        // "of" may be written out: "حاجز للأسايش", "عناصر من أحرار الشرقية"
        String ofWritten = metAsSpelt(r) ? null : Locatives.withoutOf(rest);
        r = ofWritten == null ? r : matcher.resolveName(ofWritten, types.and(of), explain);
        if (metAsSpelt(r)) {
          return restated(query, r, "without the word before the name: " + String.join(" ", Arrays.copyOfRange(words, 0, n)),
              explain);
        }
      }
    }
    return null;
  }

  /** True when {@code name}, search-folded, article and all, is a name of a place. */
  private boolean foldedNamesPlace(String name) {
    return index.folded.getOrDefault(SEARCH.foldToString(name), List.of()).stream()
        .anyMatch(e -> e.entity().type() == EntityType.PLACE);
  }

  /**
   * A query whose last word, before any direction, is the nisba of a place, read with the place's name for it:
   * "الريف الإدلبي الجنوبي" as "الريف إدلب الجنوبي", "حي الميدان الدمشقي" as "حي الميدان دمشق". Null when it has no
   * such word or so read names nothing.
   */
  private Resolution withNisbaAsPlace(String query, Predicate<Entity> types, boolean explain) {
    Locatives.NisbaRead read = Locatives.withPlaceForNisba(query, matcher::placeOfNisba);
    // words of people's names before a nisba are a person's ("Abu Omar al-Homsi", "Qasim al-Hourani"), unless they are
    // a place's whole name and the nisba feminine, as a town is (الباب الحلبية), or a place's name of two words or more
    // spelt as the lexicon spells it, article and all (صلاح الدين الحلبي, the quarter; not أبو حسن الديري); the
    // nisba's place must then hold it
    if (read == null || matcher.personsName(read.name())
        && !(read.nisba().endsWith("ه") && matcher.keyNames(KEY.foldToString(read.name()), Set.of(EntityType.PLACE)))
        && !(read.name().strip().indexOf(' ') > 0 && foldedNamesPlace(read.name()))) {
      return null;
    }
    Resolution r = resolvePlainQuery(read.text(), types, explain);
    Set<String> spans = geography.spannedBy(read.placeKey());
    if (spans != null) {
      // a place whose bounds the lexicon does not give: "اللجاة الحورانية", "سد البعث الفراتي"
      r = matcher.resolveName(read.name(), types.and(e -> geography.inSpan(e, spans)), explain);
      return metAsSpelt(r) && r.score() >= WhereReadings.IN_SPANNED_PLACE
          ? restated(query, r, "the nisba read as a place it spans: " + read.text(), explain) : null;
    }
    if (!r.resolved()) {
      return null;
    }
    // what only words for a kind of place precede is the place ("الريف الإدلبي" is ريف إدلب), but not after a
    // feminine nisba, most often an adjective of another root ("المنطقة الصناعية", the industrial area); a thing in
    // the place must be spelt nearly as the lexicon spells it: an adjective is weaker evidence of where it lies than
    // "in"
    boolean onlyKinds = NameForms.onlyQualifiers(read.name());
    boolean feminine = read.nisba().endsWith("ه");
    if (onlyKinds && feminine && !SEARCH.foldToString(read.name()).strip().startsWith("ال")) {
      // an adjective agrees with its noun in the article: after a word for a kind of place without it, a nisba with
      // it is the place's own name (مدينة الناصرية is Nasiriyah), after one with it an adjective (البادية السويداوية)
      return null;
    }
    boolean kindOfPlace = onlyKinds && !feminine;
    Entity e = lexicon.get(r.id()).orElseThrow();
    Geography.PlaceName place = geography.placeName(read.placeKey());
    // a river or road runs through places the lexicon cannot list: met as spelt, the nisba says where it runs
    // ("نهر بردى الدمشقي")
    boolean inPlace = (geography.within(e, place) || geography.inGovernorateOfArea(e, place))
        && (strict(r) || r.score() >= IN_NISBAS_PLACE)
        || PlaceKinds.RUNNING.contains(e.subtype()) && metAsSpelt(r);
    return kindOfPlace || inPlace ? restated(query, r, "the nisba read as its place: " + read.text(), explain) : null;
  }

  /**
   * جسرالشغور, ديرالزور: the article of a word written joined to the word before it, as typed in haste; "Ras Alain":
   * a romanised article joined to its word. Only a strict match of the words apart counts, for many words hold ال
   * inside them (المالكية) and many begin with al (Aleppo). Null when none.
   */
  private Resolution withArticleApart(String query, Predicate<Entity> types, boolean explain) {
    if (!mayHoldJoinedArticle(query) || WORD_BREAK.split(query).length > MAX_APART_WORDS) {
      return null;
    }
    java.util.regex.Matcher glued = GLUED_ARTICLE.matcher(query);
    java.util.regex.Matcher joined = JOINED_LATIN_ARTICLE.matcher(query);
    boolean gluedFound = glued.find();
    boolean joinedFound = false;
    boolean assimilated = false;
    while (joined.find()) {
      joinedFound = true;
      assimilated |= joined.group(2) != null;
    }
    if (!gluedFound && !joinedFound) {
      return null;
    }
    if (assimilated && NameMatcher.PERSON_NAMES.contains(NameForms.of(query).key())) {
      // Essam is a man, not es-Sam
      return null;
    }
    String apartQuery = JOINED_LATIN_ARTICLE.matcher(glued.replaceAll(" $1")).replaceAll("$1$2-");
    Predicate<Entity> asked = assimilated ? types.and(e -> e.type() == EntityType.PLACE) : types;
    Resolution apart = matcher.resolveName(apartQuery, asked, true);
    // "altaf" is not al-TAF: a Latin acronym the split made is no name
    String alias = apart.explanation().get("alias");
    NameForms via = alias == null ? null : NameForms.of(alias);
    boolean viaAcronym = via != null && !via.arabic() && via.acronym();
    return apart.resolved() && !"fuzzy".equals(apart.match()) && !viaAcronym
        ? restated(query, apart, "the article written apart", explain) : null;
  }

  /** False for a text with no ال after a word's start and no word that begins with a or e: most queries. */
  private static boolean mayHoldJoinedArticle(String text) {
    if (text.indexOf("ال", 1) > 0) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == 'a' || c == 'A' || c == 'e' || c == 'E') && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when every word of {@code text}, key-folded, is a modifier ({@code modifiers.tsv}), the last one maybe one
   * that only ends a query (الأوروبية, European: "بأوكرانيا الأوروبية").
   */
  private boolean onlyModifiers(String text) {
    String[] words = KEY.foldToString(text).strip().split(" ");
    for (int i = 0; i < words.length; i++) {
      if (!index.modifiers.contains(words[i]) && !(i == words.length - 1 && index.lastModifiers.contains(words[i]))) {
        return false;
      }
    }
    return !words[0].isEmpty();
  }

  /**
   * والبوكمال, بدير الزور, للرقة, بناحية صدد: an Arabic name with a conjunction or preposition joined to its first word
   * ({@link ArabicClitics}), as cut from running text. Many names begin with those letters (فاطمة is not ف and أطمة,
   * nor ورقة و and الرقة), so without it, only a strict match counts, and of a name without its article only a name as
   * the lexicon spells it, the word not being a common name of people; of a query of one word, an approximate match
   * counts on the terms of {@link #approximateAfterClitic}. A word for a kind of thing (ناحية, صحيفة) or one
   * that describes a name (دولة, مناطق) begins with none of those letters: after one, the query reads as it would
   * without it.
   */
  private Resolution withoutClitic(String query, Predicate<Entity> types, boolean explain) {
    if (!ArabicClitics.mayStartWith(query.strip())) {
      return null;
    }
    String folded = SEARCH.foldToString(query).strip();
    int space = folded.indexOf(' ');
    String first = space < 0 ? folded : folded.substring(0, space);
    if (space > 0 && index.folded.containsKey(first.endsWith(",") ? first.substring(0, first.length() - 1) : first)) {
      // a first word that is a name as written is that name, said where it is: "لبنان في الشرق الأوسط" and "لبنان،
      // الشرق الأوسط" are Lebanon, not Banan with li- joined to it
      return null;
    }
    Resolution deferred = null;
    for (ArabicClitics.Unclitic u : ArabicClitics.without(first)) {
      String rest = u.rest() + (space < 0 ? "" : folded.substring(space));
      String joined = first.substring(0, first.length() - u.rest().length());
      String restKey = KEY.foldToString(u.rest());
      if (space > 0 && (NameForms.isQualifier(restKey) || index.modifiers.contains(restKey)
          || MEMBERS_BEFORE.containsKey(restKey))) {
        Resolution r = resolveQuery(rest, types, explain);
        return r.resolved() ? restated(query, r, "the name without the joined " + joined, explain) : null;
      }
      Resolution r = matcher.resolveName(rest, types, true);
      if (!strict(r) && space > 0 && (rest.startsWith("ال") || u.articleKept()
          || !NameMatcher.PERSON_NAMES.contains(KEY.foldToString(first)))) {
        // a name and where it is, after a clitic joined to its article ("والصالحية بريف البوكمال") or to its first word,
        // if that is no given name as written (فصوران حماة; بلال is a man's name, not ب and لال)
        // after one joined to the article, the rest is a name as any query is, mendings and all ("واللواء 8")
        Resolution read = rest.startsWith("ال") ? resolve(rest, types, explain) : resolveQuery(rest, types, explain);
        if (metAsSpelt(read)) {
          return restated(query, read, "the name without the joined " + joined, explain);
        }
      }
      if (!strict(r)) {
        if (space < 0 && deferred == null && approximateAfterClitic(query.strip(), u.rest(), joined, r)) {
          return restated(query, r, "the name without the joined " + joined, explain);
        }
        continue;
      }
      Entity e = lexicon.get(r.id()).orElseThrow();
      String alias = r.explanation().getOrDefault("alias", "");
      // the name is the rest, or its first words with only modifiers after them ("بتركيا الجارة", "بجيش الإسلام
      // المعارض"; not "لبنان في قلب الشرق الأوسط", which is Lebanon in the heart of the Middle East)
      String aliasFolded = SEARCH.foldToString(alias);
      String name = aliasFolded.equals(rest) ? rest
          : rest.startsWith(aliasFolded + " ") && onlyModifiers(rest.substring(aliasFolded.length() + 1)) ? aliasFolded
          : null;
      boolean spelt = name != null
          && (e.nameAr() != null && SEARCH.foldToString(e.nameAr()).equals(name) || alias.equals(e.nameEn())
              || name.length() >= MIN_BARE_CLITIC_NAME);
      if (u.articleKept() && !aliasFolded.startsWith("ال") && deferred == null) {
        // لل is ل and the article, or ل and a name that begins with lam: "فللبنان" is for Lebanon, not for "the Banan"
        // (بنان): a name without the article is read so only when no shorter clitic leaves a name
        deferred = restated(query, r, "the name without the joined " + joined, explain);
        continue;
      }
      if (rest.startsWith("ال") || u.articleKept() || spelt && !NameMatcher.PERSON_NAMES.contains(KEY.foldToString(first))
          || space < 0 && deferred == null && u.rest().length() >= MIN_REST_WITHOUT_ARTICLE
              && approximateAfterClitic(query.strip(), u.rest(), joined, r)) {
        return restated(query, r, "the name without the joined " + joined, explain);
      }
    }
    return deferred;
  }

  /**
   * Whether {@code r}, a match of the one word {@code word} without the clitic {@code joined} ({@code rest}, search
   * folded) that is approximate or of a name with the article the word lacks, is read so: "بصيدنايه", "والمراشدا",
   * "بكرمالزيتون", "بصنمين". The rest must be four letters or more, the word no given name, the clitic one that may
   * precede a misspelt name ({@code clitics.tsv}: not ك, as كايتاني is a surname), and the rest as written not begin
   * with a bare alif, with or without the article before it, for a foreign name's first syllable is so spelt (باران,
   * فالابيلا) where a clitic before a hamza is written with it (بأفغنستان). Its score must reach
   * {@link #APPROXIMATE_AFTER_CLITIC} unless the clitic is joined to the article, which no name begins with
   * (بالسقلبية).
   */
  private static boolean approximateAfterClitic(String word, String rest, String joined, Resolution r) {
    if (!r.resolved() || rest.length() < 4 || !ArabicClitics.mayPrecedeMisspeltName(joined)
        || word.length() <= joined.length() || NameMatcher.PERSON_NAMES.contains(KEY.foldToString(word))) {
      return false;
    }
    String restAsWritten = word.substring(joined.length());
    boolean article = rest.startsWith("ال");
    String afterArticle = article && restAsWritten.startsWith("ال") ? restAsWritten.substring(2) : restAsWritten;
    double least = rest.length() >= LONG_REST ? APPROXIMATE_AFTER_CLITIC_LONG : APPROXIMATE_AFTER_CLITIC;
    return !afterArticle.startsWith("ا") && (article || r.score() >= least);
  }

  /**
   * "ب ك ك", "حزب ب ي د": a Latin acronym spelt out in Arabic letters ({@link ArabicAcronyms}) is the entity whose
   * Latin acronym one of its readings is, of a kind the query's qualifiers ask for, if they ask; of readings that are
   * two entities' acronyms, the one that reads fewer letters otherwise than as their own (ي ب ج is YPJ, not YPG). Null
   * when no reading is one, or two such readings tie.
   */
  private Resolution spelledOutInArabic(String query, Predicate<Entity> types, boolean explain) {
    // the letters are often quoted: "ب ي د"
    String text = NameForms.withoutQuotes(query);
    if (!ArabicAcronyms.mayHold(text)) {
      return null;
    }
    NameForms q = NameForms.of(text.strip(), index.demonymForms);
    // the letters end the query, after nothing but words for kinds of thing; the key would join them into a word
    String[] words = q.folded().split(" ");
    int first = words.length;
    while (first > 0 && words[first - 1].length() == 1) {
      first--;
    }
    for (int i = 0; i < first; i++) {
      if (!NameForms.isQualifier(KEY.foldToString(words[i]))) {
        return null;
      }
    }
    Set<String> asked = askedFor(q.subtypes());
    Entity found = null;
    String alias = null;
    int least = Integer.MAX_VALUE;
    boolean tied = false;
    for (ArabicAcronyms.Reading reading : ArabicAcronyms.readings(Arrays.copyOfRange(words, first, words.length))) {
      for (Entry e : index.folded.getOrDefault(reading.latin(), List.of())) {
        Entity entity = e.entity();
        if (!e.forms().acronym() || e.forms().arabic() || !types.test(entity) || !ofAskedKind(entity, asked)) {
          continue;
        }
        if (reading.otherLetters() < least) {
          found = entity;
          alias = e.forms().written();
          least = reading.otherLetters();
          tied = false;
        } else if (reading.otherLetters() == least && !entity.equals(found)) {
          tied = true;
        }
      }
    }
    if (found == null || tied) {
      return null;
    }
    String chosen = found.id();
    Resolution r = matcher.resolveName(alias, e -> e.id().equals(chosen), explain);
    return r.resolved() ? restated(query, r, "Arabic letters that spell out " + alias, explain) : null;
  }

  /** A romanised Arabic name, met word by word ({@link RomanisedPhrases}): Maktab al-Amn al-Qawmi. */
  private Resolution romanisedWordByWord(String query, Predicate<Entity> types, boolean explain) {
    return phrases.of(query, types, CandidateChoice.TIE).map(m -> {
      Entity e = m.entity();
      Map<String, String> why = new LinkedHashMap<>();
      if (explain) {
        why.put("alias", m.alias());
        why.put("rule", "romanised, word by word");
      }
      return new Resolution(query, e.id(), e.type().id(), e.nameEn(), e.nameAr(), m.score(), "fuzzy",
          List.of(new Resolution.Candidate(e.id(), m.score())), why);
    }).orElse(null);
  }

  private static Map<String, Predicate<Entity>> readMembers(String position) {
    Map<String, Predicate<Entity>> words = new HashMap<>();
    Set<String> types = Arrays.stream(EntityType.values()).map(EntityType::id).collect(java.util.stream.Collectors.toSet());
    for (DataTable.Row row : DataTable.read(Resolver.class, "members.tsv", 4)) {
      if (!Set.of("before", "owner").contains(row.cell(1))) {
        throw new IllegalStateException("members.tsv:" + row.line() + ": position must be before or owner");
      }
      // types and subtypes, any of them: "actor ngo" is any actor, or an outlet that is an NGO
      Set<String> of = Set.of(row.cell(2).split(" "));
      for (String t : of) {
        if (!types.contains(t) && EntityType.ofSubtype(t) == null) {
          throw new IllegalStateException("members.tsv:" + row.line() + ": no type or subtype " + t);
        }
      }
      if (row.cell(1).equals(position)) {
        words.put(KEY.foldToString(row.cell(0)), e -> of.contains(e.type().id()) || of.contains(e.subtype()));
      }
    }
    return Map.copyOf(words);
  }


}
