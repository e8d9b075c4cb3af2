package org.rasm.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;

/**
 * Checks a lexicon: required fields, allowed subtypes, parents that exist, well-formed cross-references, names in
 * the right script, and names that two unrelated entities share after {@link FoldProfile#KEY} folding
 * (ambiguities). An entity and its ancestors may share a name (the town of al-Mayadin, Mayadin subdistrict, Mayadin
 * district): the resolver chooses between them by a documented priority, so that is not reported.
 *
 * <pre>{@code
 * List<Problem> problems = LexiconChecker.check(Lexicon.defaults(), LexiconChecker.defaultAcceptedAmbiguities());
 * }</pre>
 */
public final class LexiconChecker {
  private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");
  private static final Pattern GEONAMES = Pattern.compile("[1-9][0-9]*");
  private static final Pattern PCODE = Pattern.compile("SY([0-9]{2}([0-9]{2}([0-9]{2})?)?)?|C[0-9]{4,6}");
  private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{IsArabic}");
  private static final Pattern LATIN_LETTER = Pattern.compile("\\p{IsLatin}");
  private static final Map<String, Integer> PCODE_LENGTH =
      Map.of("country", 2, "governorate", 4, "district", 6, "subdistrict", 8);

  private LexiconChecker() {}

  /** Entities the maintainers allow to share names, having looked at them. */
  public record AcceptedAmbiguity(String names, Set<String> ids, String reason) {}

  /** Every problem: errors and the ambiguities not accepted in {@code accepted}. */
  public static List<Problem> check(Lexicon lexicon, List<AcceptedAmbiguity> accepted) {
    List<Problem> problems = new ArrayList<>(errors(lexicon));
    problems.addAll(ambiguities(lexicon, accepted));
    return problems;
  }

  /** The problems that make a lexicon unusable. */
  public static List<Problem> errors(Lexicon lexicon) {
    List<Problem> problems = new ArrayList<>();
    for (LexiconFormat.Row row : lexicon.rows()) {
      Entity e = row.entity();
      List<String> messages = new ArrayList<>();
      if (e.subtype().isEmpty()) {
        messages.add("missing subtype");
      } else if (!e.type().subtypes().contains(e.subtype())) {
        messages.add("subtype '" + e.subtype() + "' is not one of " + String.join(", ", new TreeSet<>(e.type().subtypes())));
      }
      if (e.nameEn().isEmpty() && e.nameAr().isEmpty()) {
        messages.add("missing name: name_en or name_ar is needed");
      }
      if (e.source().isEmpty()) {
        messages.add("missing source");
      }
      if (!e.nameEn().isEmpty() && ARABIC_LETTER.matcher(e.nameEn()).find()) {
        messages.add("name_en '" + e.nameEn() + "' has Arabic letters");
      }
      if (!e.nameAr().isEmpty() && (!ARABIC_LETTER.matcher(e.nameAr()).find() || LATIN_LETTER.matcher(e.nameAr()).find())) {
        messages.add("name_ar '" + e.nameAr() + "' is not in Arabic script");
      }
      if (!e.parent().isEmpty()) {
        if (lexicon.get(e.parent()).isEmpty()) {
          messages.add("unknown parent '" + e.parent() + "'");
        } else if (ancestors(lexicon, e.id()).contains(e.id())) {
          messages.add("parent chain loops back to " + e.id());
        }
      }
      check(e.wikidata(), WIKIDATA, "wikidata", "a Q-id such as Q858", messages);
      check(e.geonames(), GEONAMES, "geonames", "a number", messages);
      check(e.pcode(), PCODE, "pcode", "an OCHA P-code such as SY, SY09, SY0903 or SY090300", messages);
      Integer pcodeLength = PCODE_LENGTH.get(e.subtype());
      if (pcodeLength != null && !e.pcode().isEmpty() && e.pcode().length() != pcodeLength) {
        messages.add("a " + e.subtype() + " P-code has " + pcodeLength + " characters: '" + e.pcode() + "'");
      } else if (pcodeLength == null && e.pcode().length() == PCODE_LENGTH.get("country")) {
        messages.add("only a country has a two-letter P-code: '" + e.pcode() + "'");
      }
      lexicon.get(e.parent()).ifPresent(p -> {
        if (!e.pcode().isEmpty() && !p.pcode().isEmpty() && !e.pcode().startsWith(p.pcode())) {
          messages.add("P-code " + e.pcode() + " is not inside its parent's " + p.pcode());
        }
      });
      if ((e.lat() == null) != (e.lon() == null)) {
        messages.add("lat and lon go together");
      } else if (e.lat() != null && !(Math.abs(e.lat()) <= 90 && Math.abs(e.lon()) <= 180)) { // NaN is out of range too
        messages.add("lat/lon out of range: " + e.lat() + ", " + e.lon());
      }
      for (String m : messages) {
        problems.add(new Problem(row.file(), row.line(), Problem.Severity.ERROR, m));
      }
    }
    return problems;
  }

  private static void check(String value, Pattern pattern, String column, String expected, List<String> messages) {
    if (!value.isEmpty() && !pattern.matcher(value).matches()) {
      messages.add("malformed " + column + " '" + value + "': expected " + expected);
    }
  }

  /** Names that unrelated entities share after key folding, except those accepted. */
  public static List<Problem> ambiguities(Lexicon lexicon, List<AcceptedAmbiguity> accepted) {
    TextFolder key = TextFolder.of(FoldProfile.KEY);
    Map<String, Set<String>> idsByKey = new LinkedHashMap<>();
    Map<String, String> spelling = new HashMap<>();
    for (Entity e : lexicon.entities()) {
      List<String> names = new ArrayList<>(e.names());
      names.addAll(e.demonyms());
      for (String name : names) {
        String k = key.foldToString(name);
        if (!k.isEmpty()) {
          idsByKey.computeIfAbsent(k, x -> new java.util.LinkedHashSet<>()).add(e.id());
          spelling.putIfAbsent(k + "\u0000" + e.id(), name);
        }
      }
    }
    Set<Set<String>> acceptedSets = new HashSet<>();
    for (AcceptedAmbiguity a : accepted) {
      acceptedSets.add(a.ids());
    }
    Map<String, Set<String>> ancestorCache = new HashMap<>();
    Map<Set<String>, List<String>> sharedNames = new LinkedHashMap<>(); // unrelated ids -> the names they share
    idsByKey.forEach((k, ids) -> {
      if (ids.size() > 1) {
        Set<String> unrelated = unrelated(lexicon, ids, ancestorCache);
        if (unrelated.size() > 1 && !acceptedSets.contains(unrelated)) {
          sharedNames.computeIfAbsent(unrelated, x -> new ArrayList<>()).add(spelling.get(k + "\u0000" + unrelated.iterator().next()));
        }
      }
    });
    List<Problem> problems = new ArrayList<>();
    sharedNames.forEach((ids, names) -> {
      StringBuilder sb = new StringBuilder();
      for (String id : ids) {
        sb.append(sb.length() == 0 ? "" : " and ").append(id).append(" (").append(lexicon.origin(id).orElse("?")).append(")");
      }
      sb.append(" share ").append(names.size() == 1 ? "the name " : names.size() + " names: ");
      sb.append(String.join(", ", names.stream().map(n -> "'" + n + "'").toList()));
      sb.append("; tell them apart, or accept it in ").append(Lexicon.ACCEPTED_AMBIGUITIES);
      String[] origin = lexicon.origin(ids.iterator().next()).orElse("?:0").split(":(?=[0-9]+$)");
      problems.add(new Problem(origin[0], Integer.parseInt(origin[1]), Problem.Severity.AMBIGUITY, sb.toString()));
    });
    return problems;
  }

  /**
   * One id for each group of related entities among {@code ids}: related entities (one an ancestor of the other, as
   * the town of al-Mayadin and Mayadin district) count once, by the topmost of them.
   */
  private static Set<String> unrelated(Lexicon lexicon, Set<String> ids, Map<String, Set<String>> cache) {
    Set<String> kept = new TreeSet<>();
    for (String id : ids) {
      boolean hasAncestorHere = false;
      for (String other : ids) {
        if (!other.equals(id) && ancestorsCached(lexicon, id, cache).contains(other)) {
          hasAncestorHere = true;
          break;
        }
      }
      if (!hasAncestorHere) {
        kept.add(id);
      }
    }
    return kept;
  }

  private static Set<String> ancestorsCached(Lexicon lexicon, String id, Map<String, Set<String>> cache) {
    return cache.computeIfAbsent(id, x -> ancestors(lexicon, x));
  }

  /** The parent, its parent, and so on; stops at a loop. */
  static Set<String> ancestors(Lexicon lexicon, String id) {
    Set<String> seen = new HashSet<>();
    String current = lexicon.get(id).map(Entity::parent).orElse("");
    while (!current.isEmpty() && seen.add(current)) {
      current = lexicon.get(current).map(Entity::parent).orElse("");
    }
    return seen;
  }

  /**
   * An error for each alias an entity bears that {@code refused} lists for it: a name a source gave it that is not its
   * name, brought back by hand or by an import that did not read the refusals.
   */
  public static List<Problem> refusedAliases(Lexicon lexicon, RefusedAliases refused) {
    List<Problem> problems = new ArrayList<>();
    for (LexiconFormat.Row row : lexicon.rows()) {
      Entity e = row.entity();
      for (String alias : e.aliases()) {
        if (refused.refuses(e.id(), alias)) {
          problems.add(new Problem(row.file(), row.line(), Problem.Severity.ERROR,
              "alias '" + alias + "' of " + e.id() + " is refused in " + RefusedAliases.FILE));
        }
      }
    }
    return problems;
  }

  /** The accepted ambiguities bundled beside the default lexicons. */
  public static List<AcceptedAmbiguity> defaultAcceptedAmbiguities() {
    try (InputStream in = LexiconChecker.class.getResourceAsStream("/lexicons/" + Lexicon.ACCEPTED_AMBIGUITIES)) {
      return in == null ? List.of() : readAcceptedAmbiguities(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads an accepted-ambiguities file: a header, then per row the comma-separated {@code ids} that may share names,
   * the {@code names} they shared when it was accepted (for the reader), and the {@code reason}.
   */
  public static List<AcceptedAmbiguity> readAcceptedAmbiguities(Reader in) throws IOException {
    List<AcceptedAmbiguity> list = new ArrayList<>();
    BufferedReader reader = new BufferedReader(in);
    String line = reader.readLine(); // header
    int lineNo = 1;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 3 || cols[2].isBlank()) {
        throw new IllegalArgumentException(Lexicon.ACCEPTED_AMBIGUITIES + ":" + lineNo + ": expected ids, names and a reason");
      }
      list.add(new AcceptedAmbiguity(cols[1], new TreeSet<>(List.of(cols[0].split(" *, *"))), cols[2]));
    }
    return list;
  }
}
