package org.rasm.resolve;

import static org.rasm.resolve.PlaceKinds.AREAS;
import static org.rasm.resolve.PlaceKinds.RUNNING;
import static org.rasm.resolve.PlaceKinds.UNITS;
import static org.rasm.resolve.Resolution.metAsSpelt;
import static org.rasm.resolve.Resolution.restated;
import static org.rasm.resolve.Resolution.ruleFirst;
import static org.rasm.resolve.Resolution.strict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;
import org.rasm.lexicon.Entity;
import org.rasm.lexicon.EntityType;
import org.rasm.lexicon.Lexicon;
import org.rasm.resolve.NameIndex.Entry;

/**
 * The readings of a query as a name and where it lies or what describes it: a name and the place it lies in
 * ({@code locatives.tsv}: "Jazal oilfield in Homs", "حي العرضي بدير الزور"), a name before a comma or a word that ties
 * it to a description ("Al Arabiya, Dubai", "صحيفة الأخبار في بيروت"), a crossing named to its far side ("معبر جرابلس
 * قرقميش"), and a site named as Arabic names it ("السجن المركزي بحمص"). Each gives the resolution so read, its rule
 * named first, or null when the query cannot be so read or so read names nothing; the {@link Resolver} tries them when
 * the query as written found nothing. Immutable and thread-safe.
 */
final class WhereReadings {
  /**
   * The least score of a name said to lie in a place whose bounds the lexicon does not give (Hauran, the Euphrates):
   * that of a name met with its class word (مدينة نوى), not of a site met by its bare name (ورد for the al-Ward field).
   */
  static final double IN_SPANNED_PLACE = NameMatcher.CORE_SCORE;
  /** The least score of a name spelt nearly as the one thing of that spelling in the place it is said to lie in. */
  static final double NEARLY_IN_PLACE = 0.86;
  /** What parts a name from the place it lies in, when no word ties them: a comma or brackets. */
  private static final java.util.regex.Pattern PARTED = java.util.regex.Pattern.compile("[,(\u060C]");
  /** Where the words of a crossing's name and its far side's part: spaces, hyphens and dashes. */
  private static final java.util.regex.Pattern CROSSING_SIDES = java.util.regex.Pattern.compile("[\\s\u2013\u2014-]+");
  /** What parts the two countries of a border named together: "Syria-Iraq", "Syrian–Lebanese". */
  private static final java.util.regex.Pattern BORDER_SIDES = java.util.regex.Pattern.compile("[\u2013\u2014-]");
  private static final java.util.regex.Pattern SPACED_DASH = java.util.regex.Pattern.compile("\\s[-\u2013\u2014]\\s");
  private static final TextFolder KEY = TextFolder.of(FoldProfile.KEY);
  private static final TextFolder SEARCH = TextFolder.of(FoldProfile.SEARCH);

  private final Lexicon lexicon;
  private final NameIndex index;
  private final NameMatcher matcher;
  private final Geography geography;

  WhereReadings(Lexicon lexicon, NameIndex index, NameMatcher matcher) {
    this.lexicon = lexicon;
    this.index = index;
    this.matcher = matcher;
    this.geography = index.geography;
  }

  /**
   * "Al Arabiya, Dubai", "Finland, Nordic", "Sa'sa', near Quneitra", "Homs province, central Syria": a name met
   * strictly before a comma and words that describe it. Of a place, they must say where it is: begin with a word that
   * ties it to a place (near, on, eastern), name a place that holds it, or a border of another country ("al-Tanf
   * crossing, Iraqi border"); "Palmyra, New York" is another Palmyra. Null
   * when there is no comma, the name is not so met, or what follows is a place's name, which was read as where the name
   * lies before, and did not hold it.
   */
  Resolution beforeComma(String query, Predicate<Entity> types, boolean explain) {
    String q = query.strip();
    int comma = q.indexOf(',') >= 0 ? q.indexOf(',') : q.indexOf('\u060C');
    java.util.regex.Matcher dash = SPACED_DASH.matcher(q);
    int after = comma + 1;
    if (comma < 0 && dash.find()) {
      // a dash parts a dateline from its story as well ("ALEPPO – Syria TV"): only a place abroad after it says where
      // the name is ("قطر - الدوحة")
      comma = dash.start();
      after = dash.end();
      if (!index.otherPlaces.contains(KEY.foldToString(q.substring(after)))) {
        return null;
      }
    }
    if (comma <= 0) {
      return null;
    }
    String described = KEY.foldToString(q.substring(after));
    Resolution r = describedName(q.substring(0, comma).strip(), described, types, explain);
    if (r == null) {
      return null;
    }
    Entity e = lexicon.get(r.id()).orElseThrow();
    String[] words = described.split(" ");
    List<String> description = Arrays.asList(Words.of(q.substring(after)));
    // a country's border must be one the place lies on: "Jandairis, on the Iraqi border" is no Jandairis of the lexicon
    // a description that begins with a tie word says where, unless it names a country that does not hold the name:
    // "Sabha, southern Libya" is another Sabha
    boolean placed = e.type() != EntityType.PLACE
        || (namesCountrysBorder(description) ? onBorderOfAnother(e, description)
            : Locatives.isLocative(words[0]) && Arrays.stream(words).noneMatch(w -> index.countryByName.containsKey(w)
                    && !geography.within(e, geography.placeName(w)))
                || Arrays.stream(words).anyMatch(w -> matcher.namesPlace(w) && geography.within(e, geography.placeName(w))));
    return placed ? restated(query, r, r.query() + ", described", explain) : null;
  }

  /**
   * "صحيفة الأخبار في بيروت", "Ukraine in Eastern Europe", "القامشلي على الحدود التركية": a name met strictly, then a
   * word that ties it to where it is, then words that name no place of the lexicon (those were read as where the name
   * lies before). A place or country must be said to lie on a border of another country it touches, or where only such
   * words say ("غربي البلاد", west of the country): "Hajin in New York" is another Hajin, "Palestine in Texas" another
   * Palestine. Null when the query has no such word, or the name is not so met.
   */
  Resolution beforeLocative(String query, Predicate<Entity> types, boolean explain) {
    String[] words = Words.of(query);
    for (int i = 1; i < words.length; i++) {
      // the word for "in" may be written joined to the next: "قناة الجزيرة بالدوحة", "فرنسا بأوروبا"
      String unjoined = Locatives.ties(words[i]) || !NameForms.isArabic(words[i]) ? null : Locatives.afterJoinedIn(words[i]);
      if (unjoined == null && (i == words.length - 1 || !Locatives.ties(words[i]))) {
        continue;
      }
      List<String> description = new ArrayList<>(Arrays.asList(words).subList(i, words.length));
      if (unjoined != null) {
        description.set(0, unjoined);
        // without a word of its own, "in" must be followed by a place abroad or by words of where, more than one: "in"
        // before one word is most often something else ("الإدارة الذاتية بحسب", "فرانس 24 بالعربي", in Arabic)
        if (!namesPlaceAbroad(description) && (description.size() < 2 || !Locatives.sayOnlyWhere(description))) {
          continue;
        }
      }
      String described = KEY.foldToString(String.join(" ", description));
      Resolution r = describedName(String.join(" ", Arrays.asList(words).subList(0, i)), described, types, explain);
      if (r == null) {
        // the word may be the name's own: "Army of Islam in exile"
        continue;
      }
      Entity e = lexicon.get(r.id()).orElseThrow();
      boolean place = e.type() == EntityType.PLACE || e.type() == EntityType.COUNTRY;
      return !place || onBorderOfAnother(e, description) || Locatives.sayOnlyWhere(description)
          ? restated(query, r, r.query() + ", described", explain) : null;
    }
    return null;
  }

  /**
   * {@code name} met as spelt ("Kessab sub-district": the subdistrict by its qualifier and name), when {@code described}
   * says something of it and is no place's name; else null.
   */
  private Resolution describedName(String name, String described, Predicate<Entity> types, boolean explain) {
    if (described.isEmpty() || matcher.namesPlace(described)) {
      return null;
    }
    Resolution r = matcher.resolveName(name, types, explain);
    return metAsSpelt(r) ? r : null;
  }

  /** True when a place of the name {@code place}, other than {@code site}, lies in the unit the lexicon puts it in. */
  private boolean inUnitAround(Entity site, Geography.PlaceName place) {
    return !site.parent().isEmpty() && place.named().stream().anyMatch(p -> p.type() == EntityType.PLACE
        && !p.id().equals(site.id()) && geography.liesIn(p.id(), site.parent()));
  }

  /** True when the words begin with the name of a place outside the lexicon: "الدوحة", "إقليم كردستان العراق". */
  private boolean namesPlaceAbroad(List<String> words) {
    for (int end = 1; end <= Math.min(words.size(), 3); end++) {
      if (index.otherPlaces.contains(KEY.foldToString(String.join(" ", words.subList(0, end))))) {
        return true;
      }
    }
    return false;
  }

  /** True when the words name a border and a country: "on the Iraqi border", "near the border with Turkey". */
  private boolean namesCountrysBorder(List<String> words) {
    return words.stream().anyMatch(Locatives::isBorder) && words.stream().flatMap(BORDER_SIDES::splitAsStream)
        .map(w -> KEY.foldToString(w))
        .anyMatch(k -> index.countryByDemonym.containsKey(k) || index.countryByName.containsKey(k));
  }

  /**
   * True when the words say a place lies on a border and name the country across it, which does not hold the place
   * and borders the governorate it lies in ({@code borders.tsv}): "Kobani, on the Turkish border", "al-Hamad,
   * Syria-Iraq border".
   */
  private boolean onBorderOfAnother(Entity place, List<String> words) {
    if (words.stream().noneMatch(Locatives::isBorder)) {
      return false;
    }
    String code = geography.pcodeOf(place);
    Entity across = null;
    for (String word : words) {
      // both sides may be named, this one too: "Syria-Iraq border", "the Syrian–Lebanese border"
      for (String side : BORDER_SIDES.split(word)) {
        String k = KEY.foldToString(side);
        Entity country = index.countryByDemonym.getOrDefault(k, index.countryByName.get(k));
        if (country != null && !Geography.holds(country, code)) {
          across = country;
        }
      }
    }
    return across != null && geography.alongBorderWith(place, across);
  }

  /**
   * "معبر جرابلس قرقميش", "معبر أبو الزندين-الباب": a border crossing named, as news names crossings, by its town on
   * either side of the line, the crossing met as spelt before a place abroad or a place of the lexicon it lies in or
   * beside, in the same unit.
   * Null otherwise.
   */
  Resolution crossingToFarSide(String query, Predicate<Entity> types, boolean explain) {
    // most queries hold no word for a crossing, and are done with in one folding
    if (Arrays.stream(KEY.foldToString(query).split(" ")).noneMatch(w -> NameForms.kindsOf(w).contains("crossing"))) {
      return null;
    }
    String[] words = CROSSING_SIDES.split(query.strip());
    for (int i = words.length - 1; i >= 2; i--) {
      String crossing = String.join(" ", Arrays.asList(words).subList(0, i));
      String farSide = String.join(" ", Arrays.asList(words).subList(i, words.length));
      Resolution r = matcher.resolveName(crossing, types, explain);
      if (!strict(r) || !lexicon.get(r.id()).orElseThrow().subtype().equals("crossing")) {
        continue;
      }
      Resolution side = index.otherPlaces.contains(NameForms.keyOf(farSide)) ? null
          : matcher.resolveName(farSide, e -> e.type() == EntityType.PLACE, false);
      if (side == null || strict(side) && (geography.sameOrRelated(r.id(), side.id()) || lexicon.get(r.id())
          .orElseThrow().parent().equals(lexicon.get(side.id()).orElseThrow().parent()))) {
        return restated(query, r, "the crossing named to its far side: " + crossing, explain);
      }
    }
    return null;
  }

  /**
   * "السجن المركزي بحمص", the central prison in Homs: a word for a kind of site with the article, the words that describe
   * it, and the place it is in, read as Arabic names the site, the place in the construct state after the word ("سجن
   * حمص المركزي"); kept only if so read it meets a place as spelt. Null otherwise.
   */
  Resolution siteOfPlace(String query, Predicate<Entity> types, boolean explain) {
    String first = Words.of(query)[0];
    if (!NameForms.isArabic(query) || !first.startsWith("ال") || !NameForms.isQualifier(KEY.foldToString(first.substring(2)))) {
      return null;
    }
    for (Locatives.Split split : Locatives.splits(query, index.placeWords::contains)) {
      String[] site = Words.of(split.name());
      String kind = site[0].startsWith("ال") ? site[0].substring(2) : null;
      if (!split.tied() || kind == null || !NameForms.isQualifier(KEY.foldToString(kind))) {
        continue;
      }
      String construct = kind + " " + split.place() + " " + String.join(" ", Arrays.asList(site).subList(1, site.length));
      Resolution r = matcher.resolveName(construct.strip(), types, explain);
      if (metAsSpelt(r) && lexicon.get(r.id()).orElseThrow().type() == EntityType.PLACE) {
        return restated(query, r, "the site named as Arabic names it: " + construct.strip(), explain);
      }
    }
    return null;
  }

  /**
   * True when {@code placeKey} is a place's name and words for a kind of place that no name of it holds: "the Qamishli
   * area", after a word that ties it to the name before it.
   */
  private boolean namesPlaceOfKind(String placeKey) {
    String core = NameForms.of(placeKey).core();
    return !core.isEmpty() && !core.equals(placeKey) && matcher.namesPlace(core);
  }

  /**
   * A name followed by the place it lies in ({@link Locatives}: "Jazal oilfield in Homs", "حي العرضي بدير الزور",
   * "Masrab Deir ez-Zor"): the name resolves to something inside that place, or, if it is no place, met strictly,
   * anywhere ("لواء التوحيد في حلب"); else the query to nothing. Among names that unrelated entities share, the place
   * chooses ("al-Khalidiyah in Homs"). In Latin letters, a city or unit may come first ("Halep Hanano mahallesi").
   * Null when no reading finds one.
   */
  Resolution inPlace(String query, Predicate<Entity> types, boolean explain) {
    for (Locatives.Split split : Locatives.splits(query, w -> index.placeWords.contains(w) || index.actorWords.contains(w))) {
      if (!matcher.namesPlace(split.placeKey()) && !(split.tied() && namesPlaceOfKind(split.placeKey()))
          && !index.contextNames.containsKey(SEARCH.foldToString(split.place()))) {
        // a force and the one it belongs to: "Fourth Armoured Division of the Syrian army", "الحرس الجمهوري التابع
        // للنظام"; the force's name alone decides, met strictly
        Resolution force = matcher.keyNames(split.placeKey(), Set.of(EntityType.ACTOR))
            ? matcher.resolveName(split.name(), types.and(e -> e.type() == EntityType.ACTOR), explain) : null;
        if (force != null && strict(force)) {
          return restated(query, force, split.name() + ", of " + split.place(), explain);
        }
        if (split.tied() && index.otherPlaces.contains(split.placeKey())) {
          // a thing that is no place, in a city or region abroad, where it is based or acts: "Al Mayadeen in Beirut",
          // "تونس في المغرب العربي"; its name alone decides, spelt as the lexicon spells it
          Resolution based = matcher.resolveName(split.name(), types.and(e -> e.type() != EntityType.PLACE), explain);
          if (based.resolved() && !"fuzzy".equals(based.match())) {
            return restated(query, based, split.name() + ", in " + split.place(), explain);
          }
        }
        continue;
      }
      if (split.across()) {
        // a crossing and the country across the border from it: "معبر نصيب الحدودي مع الأردن"
        Resolution crossing = matcher.resolveName(split.name(), types.and(e -> e.subtype().equals("crossing")), explain);
        if (strict(crossing)) {
          return restated(query, crossing, split.name() + ", across the border from " + split.place(), explain);
        }
        continue;
      }
      Geography.PlaceName place = geography.placeName(split.place());
      // what lies in the place itself before what lies only in its governorate, which its countryside may mean
      Resolution name = matcher.resolveName(split.name(), types.and(e -> geography.within(e, place)), explain);
      if (split.strictly()) {
        if (strict(name)) {
          return restated(query, name, split.name() + " in " + split.place(), explain);
        }
        continue;
      }
      Predicate<Entity> inside = types.and(e -> geography.within(e, place) || geography.inGovernorateOfArea(e, place)
          || split.near() && geography.nearTo(e, place));
      if (!name.resolved() && (geography.areaNamed(place) || split.near())) {
        Resolution loose = matcher.resolveName(split.name(), inside, explain);
        // with no word to tie them, a name anywhere in the governorate of a unit must be spelt as the lexicon spells
        // it: "dal Jiza" is no Da'el (a region, mountain or desert has no bounds closer than that: "Jisrine (Ghouta)")
        boolean unitOnly =
            place.named().stream().noneMatch(u -> AREAS.contains(u.subtype()) && !UNITS.contains(u.subtype()));
        name = split.tied() || strict(loose) || !unitOnly ? loose : name;
        Optional<Entity> namesake = name.resolved() ? index.namesakeIn(lexicon.get(name.id()).orElseThrow(), place, types)
            : Optional.empty();
        if (namesake.isPresent()) {
          name = as(name, namesake.get(), "the namesake that lies in " + split.place(), explain);
        }
      }
      if (!name.resolved() && (split.tied() || !NameForms.onlyQualifiers(split.place()))) {
        Resolution unbounded = inUnboundedPlace(split, place, types, explain);
        // with no word to tie them, the name must be spelt as the lexicon spells it, article and all: "طفس حوران"; an
        // Arabic word without its article before a place is in construct with it (جزيرة حويجة كاطع, the island of
        // Hawijat Kati)
        if (unbounded != null && (split.tied() || "exact".equals(unbounded.match())
            || "folded".equals(unbounded.match()))) {
          name = unbounded;
        }
      }
      if (!name.resolved() && !NameForms.isArabic(query) && (split.tied() || PARTED.matcher(query).find())) {
        name = nearlyIn(name, split.name(), split.place(), explain);
      }
      if (!name.resolved()) {
        // the name may say where it lies in turn: "Hajin, Deir Ezzor, Syria"
        Resolution nested = inPlace(split.name(), inside, explain);
        name = nested != null ? nested : name;
      }
      if (!name.resolved()) {
        // the lexicon puts a site with bounds only in the unit around it: a place in that unit may be where it lies
        // ("سجن حمص المركزي (الوعر)", in al-Waer of Homs subdistrict), if the site is met as spelt
        Resolution site = matcher.resolveName(split.name(), types.and(e -> PlaceKinds.BOUNDED_SITES.contains(e.subtype())
            && inUnitAround(e, place)), explain);
        name = strict(site) ? site : name;
      }
      if (name.resolved()) {
        return restated(query, name, split.name() + (split.near() ? " near " : " in ") + split.place(), explain);
      }
      // of a thing that is not a place, the place is where it acts ("لواء التوحيد في حلب"): its name alone decides,
      // spelt as the lexicon spells it
      if (!split.tied()) {
        // a word before a place's name with nothing to tie them is a word of another name: جزيرة حويجة كاطع
        continue;
      }
      // a dateline names a place in the country after it, and no country lies in another: "بولونيا، إيطاليا" is Bologna,
      // not Poland; "Tunis, Tunisia", a name of Tunisia in Tunisia, is still Tunisia, and "Russia in Syria", tied by a
      // word, Russia
      List<Entity> countries = split.parted()
          ? place.named().stream().filter(e -> e.type() == EntityType.COUNTRY).toList() : List.of();
      Resolution elsewhere = matcher.resolveName(split.name(), types.and(e -> e.type() != EntityType.PLACE
          && (countries.isEmpty() || e.type() != EntityType.COUNTRY || countries.contains(e))), explain);
      if (elsewhere.resolved() && !"fuzzy".equals(elsewhere.match())) {
        return restated(query, elsewhere, split.name() + ", in " + split.place(), explain);
      }
    }
    // a city or unit, then a place in it, as Turkish and English compounds put them ("Halep Hanano mahallesi"); Arabic
    // puts the place after. Only a tie or a Turkish word for the kind of place, whose possessive ties it to the place
    // before ("Kuneytra Hader köyü"), lets the name be met as near as any name in a place
    boolean turkishCompound = !NameForms.isArabic(query) && TurkishKurdish.endsInKindWord(query);
    for (Locatives.Split split : NameForms.isArabic(query) ? List.<Locatives.Split>of() : Locatives.placeFirst(query)) {
      Geography.PlaceName place = matcher.namesPlace(split.placeKey()) ? geography.placeName(split.place()) : null;
      if (place != null && place.named().stream().anyMatch(u -> u.subtype().equals("city") || UNITS.contains(u.subtype()))) {
        // a name in the place is not the place itself: "Şam batısındaki Dimas" is no Damascus
        Predicate<Entity> places = types.and(e -> e.type() == EntityType.PLACE);
        Resolution name = matcher.resolveName(split.name(), places.and(e -> geography.within(e, place)), explain);
        if (!name.resolved() && split.tied()) {
          // a word that ties the name to the place's surroundings lets it lie in the place's governorate, or in what
          // is called the place's countryside ("Şam kırsalındaki Zebedani": Rif Dimashq, not the city's governorate)
          List<Geography.PlaceName> countryside =
              Locatives.countrysideNames(split.place()).stream().map(geography::placeName).toList();
          name = matcher.resolveName(split.name(), places.and(e -> geography.inGovernorateOfArea(e, place)
              || countryside.stream().anyMatch(c -> geography.within(e, c))), explain);
        }
        if (metAsSpelt(name) || (split.tied() || turkishCompound) && name.resolved()) {
          return restated(query, name, split.place() + ", " + split.name() + " in it", explain);
        }
      }
    }
    return null;
  }

  /**
   * The name in a place whose bounds the lexicon does not give, met as spelt: a river or road runs through places the
   * lexicon cannot list ("نهر بردى في دمشق"); a lake, mountain or region is in a place when it spans the place's
   * governorate ("بحيرة الأسد في الطبقة"), or in the country that holds them ("حوران جنوب سوريا"); a place that spans
   * governorates holds what lies in them ("انخل بحوران", "سد البعث على الفرات"). A word for a kind of place alone
   * names none ("بادية ريف حماة" is the Hama desert). Null when none is so met.
   */
  private Resolution inUnboundedPlace(Locatives.Split split, Geography.PlaceName place, Predicate<Entity> types,
      boolean explain) {
    Resolution through = matcher.resolveName(split.name(), types.and(e -> RUNNING.contains(e.subtype())), explain);
    Resolution spanning = strict(through) || NameForms.onlyQualifiers(split.name()) ? through
        : matcher.resolveName(split.name(), types.and(e -> geography.spansIn(e, place)), explain);
    if (metAsSpelt(spanning)) {
      return spanning;
    }
    Set<String> spans = geography.spannedBy(split.placeKey());
    Resolution spanned = spans == null ? null
        : matcher.resolveName(split.name(), types.and(e -> geography.inSpan(e, spans)), explain);
    return spanned != null && metAsSpelt(spanned) && spanned.score() >= IN_SPANNED_PLACE ? spanned : null;
  }

  /**
   * The one place in a place spelt nearly as {@code name}, {@code r} its best guess among what lies there, when nothing
   * else there is spelt as near and it is of the kind the name's words ask for: the place, said apart from the name by
   * a comma, brackets or a word that ties them, leaves few names to mistake it for ("Tal Shhab, Daraa governorate").
   * Not in Arabic script, whose words a letter off a name are as often words (غارة قرب دمشق, a raid near Damascus).
   */
  private Resolution nearlyIn(Resolution r, String name, String place, boolean explain) {
    List<Resolution.Candidate> c = r.candidates();
    if (c.isEmpty() || c.get(0).score() < NEARLY_IN_PLACE) {
      return r;
    }
    // a unit that holds the best and is spelt as nearly is named after it, and no rival to it: "Riha (Idlib
    // governorate)" is Ariha the town, not Ariha district
    String best = c.get(0).id();
    if (c.stream().skip(1).anyMatch(o -> o.score() >= c.get(0).score() - CandidateChoice.TIE
        && !geography.liesIn(best, o.id()))) {
      return r;
    }
    Entity e = lexicon.get(c.get(0).id()).orElseThrow();
    Set<String> asked = NameForms.of(name).subtypes();
    if (e.type() != EntityType.PLACE || !asked.isEmpty() && !asked.contains(e.subtype())) {
      return r;
    }
    return new Resolution(r.query(), e.id(), e.type().id(), e.nameEn(), e.nameAr(), c.get(0).score(), "fuzzy",
        List.of(c.get(0)), ruleFirst(r, "spelt nearly, in " + place, explain));
  }

  /** {@code r} with {@code e} for its answer, met as {@code r}'s was, by {@code rule}. */
  private static Resolution as(Resolution r, Entity e, String rule, boolean explain) {
    return new Resolution(r.query(), e.id(), e.type().id(), e.nameEn(), e.nameAr(), r.score(), r.match(),
        List.of(new Resolution.Candidate(e.id(), r.score())), ruleFirst(r, rule, explain));
  }
}
