package org.rasm.lang;

import org.rasm.data.DataTable;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Finds the language of each script run of a text, and of the whole text, among a configured set of languages.
 *
 * <p>Cheapest evidence first (the tables are {@code script-languages.tsv} and {@code function-words.tsv} beside
 * this class):
 * <ol>
 *   <li>a script written in only one configured language decides alone;
 *   <li>marker letters: a run with letters that only one configured language of its script uses (ة for Arabic
 *       against Persian and Urdu) gets that language;
 *   <li>function words, when they clearly point at one language;
 *   <li>the language of the runs of the same script that the evidence above decided;
 *   <li>Lingua, restricted to the configured languages of the run's script, for runs of at least
 *       {@value #MODEL_MIN_LETTERS} letters when no run of their script was decided.
 * </ol>
 * Shorter runs, such as a Latin name inside Arabic text, are never given to the model on their own: when nothing
 * else in the text decides them, they are pooled and decided together, or get no language. Lingua's models are
 * loaded on first need, once per process.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * LanguageIdentifier arEnFa = new LanguageIdentifier(List.of("ar", "en", "fa"), true);
 * arEnFa.detect("در این گزارش آمده است که پناهجویان سوری").language();   // "fa"
 * }</pre>
 */
public final class LanguageIdentifier {
  /** The default languages: Arabic, English, French, Persian, Turkish, Urdu, German. */
  public static final List<String> DEFAULT_LANGUAGES = List.of("ar", "en", "fr", "fa", "tr", "ur", "de");

  static final int MIN_LETTERS = 16;
  static final int MODEL_MIN_LETTERS = 40;
  private static final int MODEL_SAMPLE = 1000;
  private static final int MIN_FUNCTION_WORDS = 2;
  private static final double MIN_FUNCTION_WORD_SHARE = 0.75;
  private static final int MAX_FUNCTION_WORD_LENGTH = 8;

  private static final Map<String, List<String>> SCRIPT_LANGUAGES;
  private static final Map<String, String> MARKERS; // "script/language" -> marker letters

  static {
    Map<String, List<String>> scriptLanguages = new LinkedHashMap<>();
    Map<String, String> markers = new HashMap<>();
    for (String[] row : readTable("script-languages.tsv", 3)) {
      scriptLanguages.computeIfAbsent(row[0], s -> new ArrayList<>()).add(row[1]);
      markers.put(row[0] + "/" + row[1], row[2]);
    }
    scriptLanguages.replaceAll((script, langs) -> List.copyOf(langs));
    SCRIPT_LANGUAGES = Map.copyOf(scriptLanguages);
    MARKERS = Map.copyOf(markers);
  }

  private static final Map<String, String> FUNCTION_WORDS = loadFunctionWords();

  private final Set<String> languages;
  private final Map<String, List<String>> candidatesByScript;
  /**
   * Lingua's detector for each script with more than one configured language. Cheap to build: Lingua loads its models
   * on first use, once per process, for every detector.
   */
  private final Map<String, LanguageDetector> detectors;

  /**
   * @param languages ISO 639-1 codes of the languages to choose among
   * @param lowAccuracy Lingua's low-accuracy mode (faster, smaller, about as good on paragraphs)
   * @throws IllegalArgumentException for an empty set or a code Lingua does not know
   */
  public LanguageIdentifier(Collection<String> languages, boolean lowAccuracy) {
    if (languages.isEmpty()) {
      throw new IllegalArgumentException("at least one language is needed");
    }
    Set<String> codes = new LinkedHashSet<>();
    for (String code : languages) {
      String c = code.trim().toLowerCase(Locale.ROOT);
      linguaLanguage(c); // validates
      codes.add(c);
    }
    this.languages = Set.copyOf(codes);
    Map<String, List<String>> byScript = new HashMap<>();
    Map<String, LanguageDetector> detectorsByScript = new HashMap<>();
    SCRIPT_LANGUAGES.forEach((script, langs) -> {
      List<String> configured = langs.stream().filter(codes::contains).toList();
      byScript.put(script, configured);
      if (configured.size() > 1) {
        Language[] lingua = configured.stream().map(LanguageIdentifier::linguaLanguage).toArray(Language[]::new);
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromLanguages(lingua);
        detectorsByScript.put(script, (lowAccuracy ? builder.withLowAccuracyMode() : builder).build());
      }
    });
    this.candidatesByScript = Map.copyOf(byScript);
    this.detectors = Map.copyOf(detectorsByScript);
  }

  /** The identifier for {@link #DEFAULT_LANGUAGES} in low-accuracy mode. */
  public static LanguageIdentifier defaults() {
    return Defaults.INSTANCE;
  }

  private static final class Defaults {
    static final LanguageIdentifier INSTANCE = new LanguageIdentifier(DEFAULT_LANGUAGES, true);
  }

  public Set<String> languages() {
    return languages;
  }

  /** The languages and scripts of {@code text}. */
  public Detection detect(CharSequence text) {
    List<ScriptRun> runs = ScriptRuns.of(text);
    LanguageSpan[] spans = new LanguageSpan[runs.size()];
    Map<String, Map<String, Integer>> lettersByScript = new HashMap<>();
    for (int r = 0; r < runs.size(); r++) {
      ScriptRun run = runs.get(r);
      List<String> candidates = candidatesByScript.getOrDefault(run.script(), List.of());
      if (candidates.isEmpty() || run.letters() == 0) {
        spans[r] = span(run, null, 0, "none");
      } else if (candidates.size() == 1) {
        spans[r] = span(run, candidates.get(0), 1.0, "script");
      } else {
        spans[r] = run.letters() < MIN_LETTERS ? null : decideByEvidence(run, text.subSequence(run.start(), run.end()), candidates);
        if (spans[r] == null) {
          continue; // decided below
        }
      }
      if (spans[r].language() != null) {
        lettersByScript.computeIfAbsent(run.script(), s -> new HashMap<>()).merge(spans[r].language(), run.letters(), Integer::sum);
      }
    }
    decideTheRest(text, runs, spans, lettersByScript);
    return summarise(runs, spans);
  }

  /**
   * Runs the evidence left open: they take the language of the decided runs of their script; where there are none,
   * long runs go to the model one by one and the short ones are pooled and decided together.
   */
  private void decideTheRest(CharSequence text, List<ScriptRun> runs, LanguageSpan[] spans, Map<String, Map<String, Integer>> lettersByScript) {
    Map<String, StringBuilder> pooled = new LinkedHashMap<>();
    Map<String, Integer> pooledLetters = new HashMap<>();
    for (int r = 0; r < runs.size(); r++) {
      ScriptRun run = runs.get(r);
      if (spans[r] != null || lettersByScript.containsKey(run.script())) {
        continue;
      }
      if (run.letters() >= MODEL_MIN_LETTERS) {
        spans[r] = decideByModel(run, text.subSequence(run.start(), run.end()));
      } else {
        pooled.computeIfAbsent(run.script(), s -> new StringBuilder()).append(text, run.start(), run.end()).append(' ');
        pooledLetters.merge(run.script(), run.letters(), Integer::sum);
      }
    }
    Map<String, String> byContext = new HashMap<>();
    lettersByScript.forEach((script, counts) -> byContext.put(script, argmax(counts)));
    pooled.forEach((script, sb) -> {
      int letters = pooledLetters.get(script);
      if (letters >= MIN_LETTERS) {
        ScriptRun all = new ScriptRun(0, sb.length(), script, letters);
        List<String> candidates = candidatesByScript.get(script);
        LanguageSpan decided = decideByEvidence(all, sb, candidates);
        String lang = (decided != null ? decided : decideByModel(all, sb)).language();
        if (lang != null) {
          byContext.put(script, lang);
        }
      }
    });
    for (int r = 0; r < runs.size(); r++) {
      if (spans[r] == null) {
        ScriptRun run = runs.get(r);
        String lang = byContext.get(run.script());
        spans[r] = lang == null ? span(run, null, 0, "none") : span(run, lang, 0.5, "context");
      }
    }
  }

  private static Detection summarise(List<ScriptRun> runs, LanguageSpan[] spans) {
    Map<String, Integer> lettersByLanguage = new HashMap<>();
    Map<String, Integer> lettersByScript = new HashMap<>();
    int total = 0;
    for (int r = 0; r < runs.size(); r++) {
      int letters = runs.get(r).letters();
      total += letters;
      lettersByScript.merge(runs.get(r).script(), letters, Integer::sum);
      if (spans[r].language() != null && letters > 0) {
        lettersByLanguage.merge(spans[r].language(), letters, Integer::sum);
      }
    }
    String language = lettersByLanguage.isEmpty() ? null : argmax(lettersByLanguage);
    String script = total == 0 ? "Zyyy" : argmax(lettersByScript);
    double weighted = 0;
    for (int r = 0; r < runs.size(); r++) {
      if (language != null && language.equals(spans[r].language())) {
        weighted += runs.get(r).letters() * spans[r].confidence();
      }
    }
    double confidence = total == 0 ? 0 : weighted / total;
    return new Detection(language, script, Math.round(confidence * 1000) / 1000.0, List.of(spans));
  }

  /** Decides a run by its marker letters or function words; null when neither is clear. */
  private LanguageSpan decideByEvidence(ScriptRun run, CharSequence text, List<String> candidates) {
    String marked = null;
    for (String lang : candidates) {
      if (containsAny(text, MARKERS.getOrDefault(run.script() + "/" + lang, ""))) {
        if (marked != null) {
          marked = null;
          break;
        }
        marked = lang;
      }
    }
    if (marked != null) {
      return span(run, marked, 1.0, "markers");
    }
    int[] hits = new int[candidates.size()];
    int total = countFunctionWords(text, candidates, hits);
    int best = 0;
    for (int k = 1; k < hits.length; k++) {
      if (hits[k] > hits[best]) {
        best = k;
      }
    }
    if (total >= MIN_FUNCTION_WORDS && hits[best] >= MIN_FUNCTION_WORD_SHARE * total) {
      return span(run, candidates.get(best), round((double) hits[best] / total), "function-words");
    }
    return null;
  }

  private LanguageSpan decideByModel(ScriptRun run, CharSequence text) {
    String sample = text.length() <= MODEL_SAMPLE ? text.toString() : text.subSequence(0, MODEL_SAMPLE).toString();
    SortedMap<Language, Double> values = detectors.get(run.script()).computeLanguageConfidenceValues(sample);
    if (values.isEmpty()) {
      return span(run, null, 0, "none");
    }
    Language top = values.firstKey();
    return span(run, isoCode(top), round(values.get(top)), "model");
  }

  private static boolean containsAny(CharSequence text, String letters) {
    if (letters.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (letters.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static int countFunctionWords(CharSequence text, List<String> candidates, int[] hits) {
    int total = 0;
    int len = text.length();
    int i = 0;
    while (i < len) {
      while (i < len && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < len && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i > start && i - start <= MAX_FUNCTION_WORD_LENGTH) {
        String lang = FUNCTION_WORDS.get(text.subSequence(start, i).toString().toLowerCase(Locale.ROOT));
        int k = lang == null ? -1 : candidates.indexOf(lang);
        if (k >= 0) {
          hits[k]++;
          total++;
        }
      }
    }
    return total;
  }

  private static Language linguaLanguage(String iso) {
    for (Language l : Language.values()) {
      if (l != Language.UNKNOWN && isoCode(l).equals(iso)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown language code '" + iso + "': expected an ISO 639-1 code such as ar, en, fa");
  }

  private static String isoCode(Language l) {
    return l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }

  private static LanguageSpan span(ScriptRun run, String language, double confidence, String method) {
    return new LanguageSpan(run.start(), run.end(), run.script(), language, confidence, method);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  private static String argmax(Map<String, Integer> counts) {
    String best = null;
    int max = -1;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > max || e.getValue() == max && e.getKey().compareTo(best) < 0) {
        best = e.getKey();
        max = e.getValue();
      }
    }
    return best;
  }

  private static Map<String, String> loadFunctionWords() {
    Map<String, String> map = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (String[] row : readTable("function-words.tsv", 2)) {
      for (String word : row[1].split(" +")) {
        String previous = map.put(word, row[0]);
        if (previous != null && !previous.equals(row[0])) {
          ambiguous.add(word);
        }
      }
    }
    map.keySet().removeAll(ambiguous); // a word of two languages tells nothing
    return Map.copyOf(map);
  }

  private static List<String[]> readTable(String resource, int columns) {
    return DataTable.read(LanguageIdentifier.class, resource, columns).stream().map(DataTable.Row::cells).toList();
  }
}
