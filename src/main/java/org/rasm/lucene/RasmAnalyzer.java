package org.rasm.lucene;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.rasm.lexicon.EntityType;
import org.rasm.lexicon.Lexicon;
import org.rasm.tag.NameIndex;

/**
 * Analyzes Arabic and English news text so that names meet across scripts and spellings:
 *
 * <ol>
 *   <li>{@link StandardTokenizer}: Unicode word boundaries (UAX #29), which cut Arabic and Latin words alike and keep
 *       harakat and apostrophes inside words;
 *   <li>{@link RasmCanonicalIdFilter}: a token carrying the canonical ID of every lexicon name, spanning the name;
 *       it reads the tokens as written, so acronyms are matched in their capitals;
 *   <li>{@link RasmNormalizationFilter}: the {@code search} folding of every other token;
 *   <li>optionally {@link ArabicStemFilter}: Lucene's light Arabic stemming (the article, و, and common suffixes), for
 *       words that are not names: the name filter marks names as keywords, which the stemmer leaves alone.
 *   <li>words left empty by the folding (a lone tatweel) dropped, their position kept as a hole.
 * </ol>
 *
 * <p>Unpaired surrogates become U+FFFD before the tokenizer, one char for one, as the folding would make them anyway.
 *
 * <p>No stop words are removed: a query for a phrase keeps its positions, and names like "Tal Abyad" have none to
 * lose. Offsets point at the original text for every token. The stream is a token graph (an ID token spans its
 * name); indexing it as it is keeps every original token on the main path, so no flattening is needed, and query
 * parsers read the ID as an alternative to the name's words.
 *
 * <pre>{@code
 * Analyzer analyzer = new RasmAnalyzer();          // the bundled lexicons, all types, no stemming
 * IndexWriterConfig config = new IndexWriterConfig(analyzer);
 * Analyzer queries = RasmAnalyzer.builder().ignoreCase(true).stem(false).build();  // for names typed in lower case
 * }</pre>
 *
 * Thread-safe, as every Analyzer: the token streams are per thread. The names of the bundled lexicons are decided once
 * per process; another lexicon's, once per analyzer.
 */
public final class RasmAnalyzer extends Analyzer {
  private final NameIndex names;
  private final Set<String> types;
  private final boolean stem;
  private final boolean ignoreCase;

  /** The bundled lexicons, IDs of every type, Latin names with their capital, no stemming. */
  public RasmAnalyzer() {
    this(builder());
  }

  private RasmAnalyzer(Builder b) {
    this.names = NameIndexes.of(b.lexicon);
    this.types = b.types.stream().map(EntityType::id).collect(Collectors.toUnmodifiableSet());
    this.stem = b.stem;
    this.ignoreCase = b.ignoreCase;
  }

  /** A builder that starts from the defaults of {@link #RasmAnalyzer()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Options of a {@link RasmAnalyzer}. */
  public static final class Builder {
    private Lexicon lexicon = Lexicon.defaults();
    private Set<EntityType> types = EnumSet.allOf(EntityType.class);
    private boolean stem;
    private boolean ignoreCase;

    private Builder() {}

    /** The names to find (default: the bundled lexicons). */
    public Builder lexicon(Lexicon lexicon) {
      this.lexicon = java.util.Objects.requireNonNull(lexicon, "lexicon");
      return this;
    }

    /** The entity types to add IDs for (default: all). */
    public Builder types(Set<EntityType> types) {
      if (types.isEmpty()) {
        throw new IllegalArgumentException("types: expected at least one");
      }
      this.types = EnumSet.copyOf(types);
      return this;
    }

    /** Whether words that are not names are stemmed with Lucene's light Arabic stemming (default false). */
    public Builder stem(boolean stem) {
      this.stem = stem;
      return this;
    }

    /** Whether a Latin name also counts without its capital, for names typed in lower case (default false). */
    public Builder ignoreCase(boolean ignoreCase) {
      this.ignoreCase = ignoreCase;
      return this;
    }

    public RasmAnalyzer build() {
      return new RasmAnalyzer(this);
    }
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream result = new RasmCanonicalIdFilter(source, names, types, true, ignoreCase);
    result = new RasmNormalizationFilter(result);
    if (stem) {
      result = new ArabicStemFilter(result);
    }
    // a word that folds to nothing (a lone tatweel) would be an empty term; its position stays, as a stop word's
    result = new LengthFilter(result, 1, Integer.MAX_VALUE);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
    return new UnpairedSurrogates(reader);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new RasmNormalizationFilter(in);
  }
}
