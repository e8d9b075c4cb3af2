package org.rasm.resolve;

import java.util.HashMap;
import java.util.Map;
import org.rasm.data.DataTable;
import org.rasm.fold.ArabicClitics;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;
import org.rasm.lexicon.Entity;
import org.rasm.lexicon.EntityType;
import org.rasm.lexicon.Lexicon;

/**
 * Capitals read as the states they stand for in news copy ({@code capitals.tsv}): "Moscow's forces" as "Russia's
 * forces", "الميليشيات الموالية لطهران" as "…لإيران". Immutable.
 */
final class Capitals {
  /** The most words of a capital's name: Abu Dhabi, بيونغ يانغ. */
  private static final int MAX_WORDS = 2;

  private static final TextFolder SEARCH = TextFolder.of(FoldProfile.SEARCH);
  private static final String ARTICLE = "ال";
  /** The nisba's ending, and the feminine's after it, as search folding writes them: بيروتي, بيروتيه. */
  private static final String NISBA = "ي";
  private static final String FEMININE = "ه";
  private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("[\\s\\-'\u2019]+");

  /**
   * The countries by their capitals' names, search-folded: spelt as written, for a capital a letter off is another
   * word (Aman, a name, is not Amman).
   */
  private final Map<String, Entity> countryByCapital = new HashMap<>();
  /**
   * The Arabic demonym of the country each capital of one word is of, search-folded, masculine and without the
   * article (لبناني for بيروت): a capital's nisba says the country as the demonym does.
   */
  private final Map<String, String> demonymByCapital = new HashMap<>();

  Capitals(Lexicon lexicon) {
    for (DataTable.Row row : DataTable.read(Capitals.class, "capitals.tsv", 3)) {
      // a lexicon of the user's own may lack the country
      lexicon.get(row.cell(1)).filter(e -> e.type() == EntityType.COUNTRY).ifPresent(country -> {
        String capital = searched(row.cell(0));
        countryByCapital.put(capital, country);
        country.demonyms().stream().map(Capitals::searched)
            .filter(d -> NameForms.isArabic(d) && !d.startsWith(ARTICLE) && d.endsWith(NISBA) && d.indexOf(' ') < 0)
            .findFirst().ifPresent(d -> demonymByCapital.put(capital, d));
      });
    }
  }

  /**
   * {@code query}, in Arabic script, with each word that is a capital's nisba written as its country's demonym, article
   * and gender as written: "الأخبار البيروتية" as "الأخبار اللبنانية". Null when it holds none, or nothing else.
   */
  String nisbasAsDemonyms(String query) {
    if (!NameForms.isArabic(query)) {
      return null;
    }
    String[] words = Words.of(SEARCH.foldToString(query));
    int replaced = 0;
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      String article = word.startsWith(ARTICLE) ? ARTICLE : "";
      String feminine = word.endsWith(NISBA + FEMININE) ? FEMININE : "";
      String stem = word.substring(article.length(), word.length() - feminine.length());
      String demonym =
          stem.endsWith(NISBA) ? demonymByCapital.get(stem.substring(0, stem.length() - NISBA.length())) : null;
      if (demonym != null) {
        words[i] = article + demonym + feminine;
        replaced++;
      }
    }
    return replaced == 0 || replaced == words.length ? null : String.join(" ", words);
  }

  private static String searched(String text) {
    return String.join(" ", WORDS.split(SEARCH.foldToString(text).strip()));
  }

  /**
   * True when a word of {@code query} or two in a row, or an Arabic word without its clitic ({@link ArabicClitics}), is a
   * capital: most queries hold none, and are done with in one folding.
   */
  private boolean mayHoldOne(String query) {
    String[] words = WORDS.split(SEARCH.foldToString(query).strip());
    for (int i = 0; i < words.length; i++) {
      if (capitalIn(words[i]) != null || i + 1 < words.length && countryByCapital.containsKey(words[i] + " " + words[i + 1])) {
        return true;
      }
    }
    return false;
  }

  /** The capital a search-folded word is, as written or without a joined clitic (لطهران); null for none. */
  private String capitalIn(String word) {
    if (countryByCapital.containsKey(word)) {
      return word;
    }
    for (ArabicClitics.Unclitic u : ArabicClitics.without(word)) {
      if (countryByCapital.containsKey(u.rest())) {
        return u.rest();
      }
    }
    return null;
  }

  /**
   * {@code query} with each capital in it written as its country's name, in the query's script, the clitic or the
   * possessive it has kept; null when it holds none, or nothing else.
   */
  String asCountries(String query) {
    if (!mayHoldOne(query)) {
      return null;
    }
    boolean arabic = NameForms.isArabic(query);
    java.util.List<int[]> words = new java.util.ArrayList<>();
    for (int i = 0; i < query.length(); ) {
      if (!Character.isLetter(query.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < query.length() && Character.isLetter(query.charAt(i))) {
        i++;
      }
      words.add(new int[] {start, i});
    }
    StringBuilder out = new StringBuilder(query.length() + 8);
    int copied = 0;
    int replaced = 0;
    for (int w = 0; w < words.size(); w++) {
      for (int n = Math.min(MAX_WORDS, words.size() - w); n >= 1; n--) {
        int start = words.get(w)[0];
        int end = words.get(w + n - 1)[1];
        String written = searched(query.substring(start, end));
        String capital = n == 1 ? capitalIn(written) : countryByCapital.containsKey(written) ? written : null;
        if (capital != null) {
          Entity country = countryByCapital.get(capital);
          // the clitic it was written with (لطهران), with the article's first letter if it kept one (للقاهرة)
          String clitic = written.substring(0, written.length() - capital.length());
          String name = arabic ? country.nameAr() : country.nameEn();
          // ل before the article takes its alef's place: للعراق
          name = clitic.equals("ل") && name.startsWith("ال") ? name.substring(1) : name;
          out.append(query, copied, start).append(clitic).append(name);
          copied = end;
          replaced += n;
          w += n - 1;
          break;
        }
      }
    }
    if (replaced == 0 || replaced == words.size()) {
      return null;
    }
    return out.append(query, copied, query.length()).toString();
  }
}
