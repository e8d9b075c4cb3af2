package org.rasm.resolve;

import static org.rasm.resolve.NameIndex.WORD_BREAK;
import static org.rasm.resolve.PlaceKinds.AREAS;
import static org.rasm.resolve.PlaceKinds.HELD;
import static org.rasm.resolve.Resolution.metAsSpelt;
import static org.rasm.resolve.Resolution.restated;
import static org.rasm.resolve.Resolution.strict;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;
import org.rasm.lang.ScriptRun;
import org.rasm.lang.ScriptRuns;
import org.rasm.lexicon.Entity;
import org.rasm.lexicon.EntityType;
import org.rasm.lexicon.Lexicon;

/**
 * The readings of a query that holds two names of one thing: one in brackets after the other ("SDF (Syrian Democratic
 * Forces)", "Mosul (Iraq)" being no such pair), an acronym beside a name ("Firat news agency ANF"), a name in each script
 * ("Hawar News هاوار"), or two names parted by a slash or a dash ("Ayn al-Arab/Kobani"). Each gives the resolution so
 * read, its rule named first, or null when the query cannot be so read or the names do not agree; the {@link Resolver}
 * tries them when the query as written found nothing strict. Immutable and thread-safe.
 */
final class TwoNameReadings {
  /**
   * What parts two names of one thing: a slash ("Ayn al-Arab/Kobani"), a dash ("معبر جرابلس - قرقميش"), or a hyphen
   * between words ("معبر جرابلس-قرقميش"), which a name may hold itself (Deir ez-Zor): the halves are tried as names.
   */
  private static final java.util.regex.Pattern NAMES_APART =
      java.util.regex.Pattern.compile("\\s*[/\u2013\u2014]\\s*|\\s+-\\s+|(?<=\\p{L}{3})-(?=\\p{L}{3})");
  /** A name followed by another in brackets; possessive, so a query of many brackets cannot make it backtrack. */
  private static final java.util.regex.Pattern BRACKETED =
      java.util.regex.Pattern.compile("([^()\\[\\]]++)[(\\[]([^()\\[\\]]++)[)\\]]\\s*+");
  /** A name with another in brackets, then more words; possessive, as {@link #BRACKETED}. */
  private static final java.util.regex.Pattern BRACKETED_WITHIN =
      java.util.regex.Pattern.compile("([^()\\[\\]]++)[(\\[]([^()\\[\\]]++)[)\\]]([^()\\[\\]]++)");
  /**
   * A name of two words or more with an acronym in capitals before or after it, unbracketed: "Firat news agency ANF",
   * "SOHR Syrian Observatory".
   */
  private static final String ACRONYM = "[A-Z]{2,6}";
  private static final java.util.regex.Pattern ACRONYM_AFTER =
      java.util.regex.Pattern.compile("(\\S+(?:\\s+\\S+)+)\\s+(" + ACRONYM + ")");
  private static final java.util.regex.Pattern ACRONYM_BEFORE =
      java.util.regex.Pattern.compile("(" + ACRONYM + ")\\s+(\\S+(?:\\s+\\S+)+)");
  /** An acronym as a word of its own, beside words of its name ({@link #acronymWithItsWords}). */
  private static final java.util.regex.Pattern ACRONYM_WORD = java.util.regex.Pattern.compile(ACRONYM);
  private static final TextFolder KEY = TextFolder.of(FoldProfile.KEY);

  private final Lexicon lexicon;
  private final NameIndex index;
  private final NameMatcher matcher;
  private final Geography geography;

  TwoNameReadings(Lexicon lexicon, NameIndex index, NameMatcher matcher) {
    this.lexicon = lexicon;
    this.index = index;
    this.matcher = matcher;
    this.geography = index.geography;
  }

  /**
   * A name and its acronym side by side without brackets ("Firat news agency ANF", "SOHR Syrian Observatory"): the
   * name, when the acronym may stand for what it names. Unlike a bracketed one, an acronym beside a name may be a word
   * of a longer name ("UN Security Council", "BBC Arabic News"), so the two must agree; and a name in capitals is most
   * often a person's. Null otherwise.
   */
  private Resolution besideAcronym(String query, String name, String acronym, Predicate<Entity> types, boolean explain) {
    if (name.equals(name.toUpperCase(java.util.Locale.ROOT)) && name.chars().anyMatch(c -> c >= 'A' && c <= 'Z')) {
      return null;
    }
    Resolution named = matcher.resolveName(name, types, explain);
    Resolution spelt = named.resolved() ? matcher.resolveName(acronym, types, explain) : null;
    return spelt != null && strict(spelt) && (spelt.id().equals(named.id()) || mayBe(spelt, named.id()))
        ? restated(query, named, "the name beside its acronym", explain) : null;
  }

  /**
   * "Syrian Democratic Council (SDC)": a name and another name of the same thing; either one alone decides, unless
   * they name unrelated entities. Of a unit and a settlement in it ("Ras al-Ayn district (Serê Kaniyê)"), the name
   * outside the brackets decides: it carries the qualifier; so does a place before one that holds it by any of its
   * names ("باب شرقي (مدينة دمشق)"), an organisation's name before the country it is from or a place it acts in ("Arab
   * News (Saudi Arabia)", "Furat Post (Deir ez-Zor)"), unless the name is spelt as that place too ("al-Thawra
   * (al-Tabqa)" is the town), and a river or region before a place in a governorate it spans ("Barada river
   * (Damascus)"). Words after the brackets are the first name's. Null when the query is no such pair or neither name
   * decides, or when only the bracketed name is met and it may be a country, unit or region: brackets that name the
   * place a name lies in ("Sinjar sub-district (Idlib)", "Mosul (Iraq)") are read as such later.
   */
  Resolution beside(String query, Predicate<Entity> types, boolean explain) {
    boolean bracketed = query.indexOf('(') >= 0 || query.indexOf('[') >= 0;
    java.util.regex.Matcher m = BRACKETED.matcher(query);
    if (!bracketed || !m.matches()) {
      // words after the brackets are the first name's: "Qaryatein (Homs) subdistrict" is "Qaryatein subdistrict (Homs)"
      java.util.regex.Matcher within = BRACKETED_WITHIN.matcher(query);
      Resolution r = bracketed && within.matches() && !within.group(3).isBlank()
          ? beside(within.group(1).strip() + " " + within.group(3).strip() + " (" + within.group(2) + ")", types, explain)
          : null;
      if (r != null) {
        return restated(query, r, "the words after the brackets before them", explain);
      }
      if (!hasTwoCapitals(query)) {
        return null;
      }
      java.util.regex.Matcher after = ACRONYM_AFTER.matcher(query.strip());
      java.util.regex.Matcher before = ACRONYM_BEFORE.matcher(query.strip());
      return after.matches() ? besideAcronym(query, after.group(1), after.group(2), types, explain)
          : before.matches() ? besideAcronym(query, before.group(2), before.group(1), types, explain) : null;
    }
    boolean kinds = NameForms.isQualifier(KEY.foldToString(m.group(2))) || NameForms.onlyQualifiers(m.group(2));
    if (kinds || kindDescribed(m.group(2))) {
      // words for a kind of thing in brackets say what the name beside them is: "Qatana (nahiya)", "منطقة عين العرب
      // (ناحية)", "الثورة (صحيفة سورية)", "الثورة (صحيفة رسمية)"; with a demonym they may be another name too ("France
      // (French Republic)")
      Resolution r = matcher.resolveName(m.group(1) + " " + m.group(2), types, explain);
      if (r.resolved() || kinds) {
        return r.resolved() ? restated(query, r, "the name with the kind of thing its brackets say", explain) : null;
      }
    }
    if (CompoundModifiers.isOne(m.group(2))) {
      // a compound in brackets says whose or where the name is: "Tasnim (IRGC-affiliated)", "SNA (Turkish-backed)"
      Resolution r = matcher.resolveName(m.group(1), types, explain);
      return r.resolved() ? restated(query, r, "the name beside the compound in its brackets", explain) : null;
    }
    if (index.otherPlaces.contains(NameForms.of(m.group(2)).key())) {
      // a city or region abroad says where the thing beside it is: not in a unit of the lexicon ("الميادين (بيروت)" is
      // the channel), and no place at all when something else is met as spelt ("الجزيرة (الدوحة)" is the channel, not
      // the region); a river or a desert may run abroad
      Resolution r = matcher.resolveName(m.group(1), types.and(e -> e.type() != EntityType.PLACE), explain);
      if (!strict(r)) {
        r = matcher.resolveName(m.group(1), types.and(e -> geography.pcodeOf(e).isEmpty()), explain);
      }
      return r.resolved() ? restated(query, r, "the name beside the place abroad its brackets name", explain) : null;
    }
    Resolution outer = matcher.resolveName(m.group(1), types, explain);
    String bare = Resolver.withoutArticleOrEnding(m.group(1));
    if (!outer.resolved() && !bare.isBlank() && !bare.equals(m.group(1).strip())) {
      // "l'agence Firat (ANF)": the article or elided word is no part of the name, which then decides
      outer = matcher.resolveName(bare, types, explain);
    }
    Resolution inner = matcher.resolveName(m.group(2), types, explain);
    if (inner.resolved() && outer.resolved() && basedIn(outer, inner)) {
      // a name that is spelt as the bracketed place or one related to it is that place, before a thing of its name
      // based there: "al-Thawra (Tabqa)" is the town, not the newspaper
      Resolution related = matcher.resolveName(m.group(1), types.and(e -> geography.sameOrRelated(e.id(), inner.id())), explain);
      if (metAsSpelt(related)) {
        return restated(query, related, "the name beside its bracketed form", explain);
      }
    }
    // the place the brackets say, without words of direction or countryside: "(northern Hama countryside)"
    Geography.PlaceName where = geography.placeName(withoutLocatives(m.group(2)));
    boolean agree = inner.resolved() && outer.resolved()
        && (geography.sameOrRelated(outer.id(), inner.id()) || mayBe(inner, outer.id()) || basedIn(outer, inner)
            || geography.within(lexicon.get(outer.id()).orElseThrow(), geography.placeName(m.group(2)))
            || geography.within(lexicon.get(outer.id()).orElseThrow(), where)
            || spansOverEither(lexicon.get(outer.id()).orElseThrow(), lexicon.get(inner.id()).orElseThrow()));
    if (outer.resolved() && !agree) {
      // of namesakes met alike, the one that lies where the brackets say: "al-Salhiyeh (central Damascus)"
      Entity other = index.namesakeIn(lexicon.get(outer.id()).orElseThrow(), where, types).orElse(null);
      Resolution namesake = other == null ? null : matcher.resolveName(outer.query(), e -> e == other, explain);
      if (namesake != null && namesake.resolved()) {
        return restated(query, namesake, "the namesake that lies where its brackets say", explain);
      }
    }
    // a name met strictly beside one met only by approximate spelling decides: "نهر العاصي (الأورونت)"
    // a place abroad before the brackets is what the query names, and the brackets its source, as a dateline gives
    // them: "Ottawa (Reuters)", "ZARQA, Jordan (AP)"
    Resolution chosen = !inner.resolved() || agree || strict(outer) && !strict(inner) ? outer
        : !outer.resolved() && !namesArea(m.group(2), inner) && !abroad(m.group(1)) ? inner : null;
    return chosen == null || !chosen.resolved() ? null
        : restated(query, chosen, "the name beside its bracketed form", explain);
  }

  /**
   * The words of {@code place} that are no locative ({@code locatives.tsv}): "northern Hama countryside" as "Hama", ريف
   * دير الزور الشمالي as دير الزور.
   */
  private static String withoutLocatives(String place) {
    StringBuilder out = new StringBuilder(place.length());
    for (String w : Words.of(place)) {
      if (!Locatives.isLocative(w)) {
        out.append(out.length() == 0 ? "" : " ").append(w);
      }
    }
    return out.toString();
  }

  /**
   * True when a place of unknown bounds ({@link Geography#spansOver}) spans the governorate of the other: a river or
   * region before a place ("Barada river (Damascus)"), or after one ("بيت جن (جبل الشيخ)", "محافظة الحسكة (الجزيرة)").
   */
  private boolean spansOverEither(Entity a, Entity b) {
    return geography.spansOver(a, b) || geography.spansOver(b, a);
  }

  /**
   * True when {@code org}, met strictly, is an actor or outlet and {@code where} the country or place it is said to be
   * of or to act in ("Arab News (Saudi Arabia)", "Furat Post (Deir ez-Zor)") or the body it belongs to ("Al-Manar
   * (Hezbollah)", "لواء التوحيد (الجبهة الإسلامية)", "UNICEF (ONU)"), or a site a force may hold and
   * {@code where} the country or force that holds it ("Sarrin base (US)", "Imam Ali base (IRGC)").
   */
  private boolean basedIn(Resolution org, Resolution where) {
    Entity e = lexicon.get(org.id()).orElseThrow();
    EntityType whereType = lexicon.get(where.id()).orElseThrow().type();
    return strict(org) && ((e.type() == EntityType.ACTOR || e.type() == EntityType.OUTLET)
        && (whereType == EntityType.COUNTRY || whereType == EntityType.PLACE || whereType == EntityType.ACTOR)
        || HELD.contains(e.subtype()) && (whereType == EntityType.COUNTRY || whereType == EntityType.ACTOR));
  }

  /**
   * "SOHR المرصد السوري لحقوق الإنسان", "Raqqa / الرقة": a name in Latin letters beside its name in Arabic script, as
   * bilingual mastheads and captions write it. Both must be met, and name one entity or a place and one it lies in;
   * the closer match decides. Null when the query is no such pair or its halves disagree.
   */
  Resolution inTwoScripts(String query, Predicate<Entity> types, boolean explain) {
    if (!bothScripts(query) || WORD_BREAK.split(query).length > 2 * Resolver.MAX_APART_WORDS) {
      return null;
    }
    List<ScriptRun> runs = ScriptRuns.of(query);
    if (runs.size() != 2 || runs.get(0).letters() < 2 || runs.get(1).letters() < 2) {
      return null;
    }
    Resolution first = matcher.resolveName(halfOf(query, runs.get(0)), types, explain);
    Resolution second = matcher.resolveName(halfOf(query, runs.get(1)), types, explain);
    if (!first.resolved() || !second.resolved() || !geography.sameOrRelated(first.id(), second.id())) {
      return null;
    }
    // of a place and one it lies in, the narrower: "Hajin دير الزور" is Hajin either way round
    Resolution chosen = first.id().equals(second.id()) ? (second.score() > first.score() ? second : first)
        : geography.liesIn(first.id(), second.id()) ? first : second;
    return restated(query, chosen, "the name in both scripts", explain);
  }

  /**
   * "Ayn al-Arab/Kobani", "معبر جرابلس - قرقميش": two names of one thing, parted by a slash or dash; a word for a kind
   * of thing before the first or after the second is both's. The first must be met as spelt and the second name the
   * same entity, or, of a border crossing, be the town across the border (Karkamış, Öncüpınar), which the lexicon does
   * not hold. Null when the query is no such pair.
   */
  Resolution twoNamesApart(String query, Predicate<Entity> types, boolean explain) {
    if (!hasAny(query, "/-\u2013\u2014")) {
      return null;
    }
    java.util.regex.Matcher m = NAMES_APART.matcher(query);
    while (m.find()) {
      String first = query.substring(0, m.start()).strip();
      String second = query.substring(m.end()).strip();
      if (first.isEmpty() || second.isEmpty()) {
        continue;
      }
      // words for a kind of thing before the first name or after the second are both names' ("Jarablus–Karkamış
      // crossing")
      List<String> firstWords = Arrays.asList(Words.of(first));
      List<String> secondWords = Arrays.asList(Words.of(second));
      int leading = 0;
      while (leading < firstWords.size() - 1 && NameForms.onlyQualifiers(firstWords.get(leading))) {
        leading++;
      }
      int trailing = secondWords.size();
      while (trailing > 1 && NameForms.onlyQualifiers(secondWords.get(trailing - 1))) {
        trailing--;
      }
      String before = String.join(" ", firstWords.subList(0, leading));
      String after = String.join(" ", secondWords.subList(trailing, secondWords.size()));
      Resolution r = matcher.resolveName(after.isEmpty() ? first : first + " " + after, types, explain);
      if (!metAsSpelt(r)) {
        continue;
      }
      Resolution other = matcher.resolveName(second, types, explain);
      if (!other.resolved() && !before.isEmpty()) {
        other = matcher.resolveName(before + " " + second, types, explain);
      }
      boolean across = !other.resolved() && lexicon.get(r.id()).orElseThrow().subtype().equals("crossing")
          && index.otherPlaces.contains(NameForms.of(second).key());
      if (across || metAsSpelt(other) && other.id().equals(r.id())) {
        return restated(query, r, "two names of one thing: " + first + ", " + second, explain);
      }
    }
    return null;
  }

  /** True for words for a kind of thing and demonyms or modifiers, one of each at least: "صحيفة سورية", "صحيفة رسمية". */
  private boolean kindDescribed(String text) {
    boolean kind = false;
    boolean described = false;
    for (String word : KEY.foldToString(text).split(" ")) {
      boolean isKind = NameForms.isQualifier(word);
      boolean describes = index.demonyms.contains(word) || index.modifiers.contains(word);
      if (!isKind && !describes) {
        return false;
      }
      kind |= isKind;
      described |= describes && !isKind;
    }
    return kind && described;
  }

  /** True when {@code text} holds one of {@code chars}: most queries hold none, and need no regular expression. */
  private static boolean hasAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code text} holds two capitals A to Z in a row, as an acronym does. */
  private static boolean hasTwoCapitals(String text) {
    for (int i = 1; i < text.length(); i++) {
      if (text.charAt(i) >= 'A' && text.charAt(i) <= 'Z' && text.charAt(i - 1) >= 'A' && text.charAt(i - 1) <= 'Z') {
        return true;
      }
    }
    return false;
  }

  /**
   * An acronym with words of the name it stands for beside it, and perhaps words for its kind ("SOHR observatory",
   * "Chemical Weapons Watchdog OPCW", "SIG government"): the entity the acronym names, met strictly, when every other
   * word is a word of one of that entity's names, a word for its kind of thing or a modifier. Null otherwise: "SNA
   * Third Legion" is a part of the SNA, not the SNA.
   */
  Resolution acronymWithItsWords(String query, Predicate<Entity> types, boolean explain) {
    String[] words = Words.of(query);
    if (words.length < 2) {
      return null;
    }
    List<String> acronyms = new java.util.ArrayList<>();
    if (hasTwoCapitals(query)) {
      for (String w : words) {
        if (ACRONYM_WORD.matcher(w).matches()) {
          acronyms.add(w);
        }
      }
    }
    if (acronyms.size() > 1) {
      return null;
    }
    if (acronyms.isEmpty()) {
      // Arabic writes an acronym as a word of its own (أوتشا, OCHA): the first word or the last may be one; but a noun
      // and its adjective without the article are a phrase (زيارة رسمية, an official visit, is not al-Ziyara)
      if (!allArabic(words) || NameForms.of(query).indefiniteFemininePair()) {
        return null;
      }
      acronyms.add(words[words.length - 1]);
      acronyms.add(words[0]);
    }
    for (String acronym : acronyms) {
      Resolution r = matcher.resolveName(acronym, types, explain);
      if (strict(r) && restAreItsWords(words, acronym, r.id())) {
        return restated(query, r, "the acronym with words of its own name: " + acronym, explain);
      }
    }
    return null;
  }

  /**
   * True when every word but {@code acronym} is a word of one of the names of {@code id}, a word for its kind of thing
   * or a modifier: a word for a kind of thing must fit ("US-led alliance" is no kind of country).
   */
  private boolean restAreItsWords(String[] words, String acronym, String id) {
    Set<String> own = new HashSet<>();
    for (String key : index.keysById.getOrDefault(id, Set.of())) {
      own.addAll(Arrays.asList(WORD_BREAK.split(key)));
    }
    String subtype = lexicon.get(id).orElseThrow().subtype();
    for (String w : words) {
      String k = KEY.foldToString(w);
      if (!w.equals(acronym) && !k.isEmpty() && !own.contains(k) && !NameForms.kindsOf(k).contains(subtype)
          && !index.modifiers.contains(k)) {
        return false;
      }
    }
    return true;
  }

  /** True when every word is in Arabic script. */
  private static boolean allArabic(String[] words) {
    return Arrays.stream(words).allMatch(NameForms::isArabic);
  }

  /** True when the text has both Latin letters and Arabic ones: most queries are in one script. */
  private static boolean bothScripts(String text) {
    boolean latin = false;
    boolean arabic = false;
    for (int i = 0; i < text.length() && !(latin && arabic); i++) {
      char c = text.charAt(i);
      latin |= c < 0x250 && Character.isLetter(c);
      arabic |= c >= 0x600 && c < 0x700;
    }
    return latin && arabic;
  }

  /** The words of one script run, without the spaces and punctuation that part it from the other. */
  private static String halfOf(String query, ScriptRun run) {
    int start = run.start();
    int end = run.end();
    while (start < end && !Character.isLetterOrDigit(query.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(query.charAt(end - 1))) {
      end--;
    }
    return query.substring(start, end);
  }

  /** True when {@code id} is among the best candidates of {@code r}: "ANF" may be Firat News Agency. */
  private static boolean mayBe(Resolution r, String id) {
    return r.candidates().stream().anyMatch(c -> c.id().equals(id) && c.score() >= r.score());
  }

  /** True when {@code name}, or its words before a comma, is a place abroad ({@code other-places.tsv}). */
  private boolean abroad(String name) {
    int comma = name.indexOf(',');
    return index.otherPlaces.contains(NameForms.of(comma < 0 ? name : name.substring(0, comma)).key());
  }

  /**
   * True when {@code name}, resolved as {@code r}, is or may be a country, an administrative unit or a region: in
   * brackets after a name the lexicon lacks, it says where that name lies ("Mosul (Iraq)", "Halfaya (Hama)", Hama
   * being a governorate too), and is not another name of it.
   */
  private boolean namesArea(String name, Resolution r) {
    Entity e = lexicon.get(r.id()).orElseThrow();
    return e.type() == EntityType.COUNTRY || AREAS.contains(e.subtype()) || geography.areaNamed(geography.placeName(name));
  }
}
