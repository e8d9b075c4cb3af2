package org.rasm;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.Folded;
import org.rasm.fold.TextFolder;
import org.rasm.lang.Detection;
import org.rasm.lang.LanguageIdentifier;
import org.rasm.lexicon.EntityType;
import org.rasm.lexicon.Lexicon;
import org.rasm.resolve.Resolution;
import org.rasm.resolve.Resolver;
import org.rasm.romanize.Scheme;
import org.rasm.romanize.Transliteration;
import org.rasm.tag.Mention;
import org.rasm.tag.Tagger;

/**
 * The entry point of rasm: build one, share it between threads, call a method per job.
 *
 * <pre>{@code
 * Rasm rasm = Rasm.defaults();
 * rasm.normalize("دَيْرِ الزُّور", FoldProfile.SEARCH).text();   // "دير الزور"
 * rasm.normalize("Deir ez-Zor", FoldProfile.KEY).text();        // "deir zor"
 * rasm.detect("قصفت طائرات حربية بلدة البوكمال").language();     // "ar"
 *
 * Rasm custom = Rasm.builder().languages(List.of("ar", "en")).build();
 * }</pre>
 *
 * Immutable and thread-safe. Expensive parts (folding tables, language models) are built on first use and shared by
 * every instance in the process.
 */
public final class Rasm {
  private final LanguageIdentifier languages;
  private final Lexicon lexicon;
  private final double threshold;
  private final java.util.List<java.nio.file.Path> boilerplateFiles;
  private volatile Resolver resolver;
  private volatile Tagger tagger;
  private volatile org.rasm.tag.Stripper stripper;

  private Rasm(Builder b) {
    this.languages = b.languages == null && b.lowAccuracy
        ? LanguageIdentifier.defaults()
        : new LanguageIdentifier(b.languages == null ? LanguageIdentifier.DEFAULT_LANGUAGES : b.languages, b.lowAccuracy);
    this.lexicon = b.lexiconFiles.isEmpty() ? null : Lexicon.load(b.lexiconFiles);
    this.threshold = b.threshold;
    this.boilerplateFiles = b.boilerplateFiles;
  }

  /** An instance with the default settings: the languages of {@link LanguageIdentifier#DEFAULT_LANGUAGES}. */
  public static Rasm defaults() {
    return Defaults.INSTANCE;
  }

  private static final class Defaults {
    static final Rasm INSTANCE = new Builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Folds {@code text} in {@code profile}, with the map back to the original.
   *
   * <pre>{@code
   * Folded f = Rasm.defaults().normalize("Al-Bokamal’s", FoldProfile.SEARCH);
   * f.text();               // "al-bokamals"
   * f.originalText(3, 10);  // "Bokamal’": a removed character belongs to the one before it
   * }</pre>
   */
  public Folded normalize(CharSequence text, FoldProfile profile) {
    Objects.requireNonNull(text, "text");
    return TextFolder.of(profile).fold(text);
  }

  /**
   * The languages and scripts of {@code text}, per script run and for the whole.
   *
   * <pre>{@code
   * Detection d = Rasm.defaults().detect("The SDF entered Hajin. دخلت قسد بلدة هجين.");
   * d.language();   // "en"
   * d.spans();      // [Latn en, Arab ar]
   * }</pre>
   */
  public Detection detect(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return languages.detect(text);
  }

  /** The lexicon this instance resolves against: the defaults, plus the files given to the builder. */
  public Lexicon lexicon() {
    return lexicon != null ? lexicon : Lexicon.defaults();
  }

  /**
   * The entity {@code name} names, in any script or spelling; {@code types} restricts the search (none: all).
   *
   * <pre>{@code
   * Rasm.defaults().resolve("Abou Kamal").id();                            // "place:albu-kamal"
   * Rasm.defaults().resolve("SDF", EntityType.ACTOR).nameAr();              // "قوات سوريا الديمقراطية"
   * Rasm.defaults().resolve("Mosul").resolved();                           // false
   * }</pre>
   */
  public Resolution resolve(String name, EntityType... types) {
    Objects.requireNonNull(name, "name");
    return resolver().resolve(name, typeSet(types), false);
  }

  /** As {@link #resolve(String, EntityType...)}, with the keys compared and the alias or rule that decided. */
  public Resolution explain(String name, EntityType... types) {
    Objects.requireNonNull(name, "name");
    return resolver().resolve(name, typeSet(types), true);
  }

  /**
   * {@code text} from Arabic to Latin in {@code scheme}; other scripts pass through.
   *
   * <pre>{@code
   * Rasm.defaults().transliterate("الرقة", Scheme.NEWS);   // "ar-Rqa" (unvocalised: no short vowels)
   * }</pre>
   */
  public String transliterate(CharSequence text, Scheme scheme) {
    Objects.requireNonNull(text, "text");
    return Transliteration.of(scheme).apply(text);
  }

  /**
   * The names of the lexicon in {@code text}, in both scripts, with offsets into it.
   *
   * <pre>{@code
   * for (Mention m : Rasm.defaults().tag("Clashes near al-Bokamal's desert, وبدير الزور")) {
   *   System.out.println(m.text() + " " + m.id());   // al-Bokamal place:albu-kamal / دير الزور place:dayr-az-zawr
   * }
   * }</pre>
   */
  public java.util.List<Mention> tag(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return tagger().tag(text);
  }

  /**
   * A part of a text too long to tag at once: see {@link Tagger#tagPart}. Together the parts give what {@link #tag}
   * gives for the whole text, in memory that follows the size of a part.
   */
  public Tagger.Part tagPart(CharSequence part, int nameFrom, int spellingFrom, int covered, int stop,
      java.util.Map<String, Integer> ids) {
    Objects.requireNonNull(part, "part");
    return tagger().tagPart(part, nameFrom, spellingFrom, covered, stop, ids);
  }

  /**
   * {@code document} without its masthead and boilerplate (cookie banners, share prompts, "Read also" lists,
   * copyright lines), with the way back to the original and the outlet that published it.
   *
   * <pre>{@code
   * Stripped s = Rasm.defaults().strip(page);
   * s.body();     // the report
   * s.source();   // "outlet:sohr"
   * }</pre>
   */
  public org.rasm.tag.Stripped strip(CharSequence document) {
    Objects.requireNonNull(document, "document");
    org.rasm.tag.Stripper s = stripper;
    if (s == null) {
      synchronized (this) {
        if (stripper == null) {
          stripper = new org.rasm.tag.Stripper(tagger(), boilerplateFiles);
        }
        s = stripper;
      }
    }
    return s.strip(document);
  }

  private Tagger tagger() {
    Tagger t = tagger;
    if (t == null) {
      synchronized (this) {
        if (tagger == null) {
          tagger = new Tagger(lexicon(), resolver());
        }
        t = tagger;
      }
    }
    return t;
  }

  private static java.util.Set<EntityType> typeSet(EntityType... types) {
    java.util.Set<EntityType> set = java.util.EnumSet.noneOf(EntityType.class);
    set.addAll(java.util.Arrays.asList(types));
    return set;
  }

  private Resolver resolver() {
    Resolver r = resolver;
    if (r == null) {
      synchronized (this) {
        if (resolver == null) {
          resolver = new Resolver(lexicon(), threshold);
        }
        r = resolver;
      }
    }
    return r;
  }

  /** The ISO 639-1 codes of the languages {@link #detect} chooses among. */
  public java.util.Set<String> languages() {
    return languages.languages();
  }

  /** Settings for a {@link Rasm}. Not thread-safe; the instance it builds is. */
  public static final class Builder {
    private List<String> languages;
    private boolean lowAccuracy = true;
    private List<java.nio.file.Path> lexiconFiles = List.of();
    private double threshold = Resolver.DEFAULT_THRESHOLD;
    private List<java.nio.file.Path> boilerplateFiles = List.of();

    private Builder() {}

    /** The languages detection chooses among, as ISO 639-1 codes (default: ar, en, fr, fa, tr, ur, de). */
    public Builder languages(Collection<String> isoCodes) {
      this.languages = List.copyOf(isoCodes);
      return this;
    }

    /** Lingua's high-accuracy mode: better on short texts, several times slower and larger. Default off. */
    public Builder highAccuracy(boolean on) {
      this.lowAccuracy = !on;
      return this;
    }

    /** Lexicon files of the user's own, on top of the defaults (checked when {@link #build} runs). */
    public Builder lexicons(Collection<java.nio.file.Path> files) {
      this.lexiconFiles = List.copyOf(files);
      return this;
    }

    /** Boilerplate patterns of the user's own, in the format of the bundled {@code boilerplate.tsv}. */
    public Builder boilerplate(Collection<java.nio.file.Path> files) {
      this.boilerplateFiles = List.copyOf(files);
      return this;
    }

    /** The verification threshold of fuzzy name resolution (default {@link Resolver#DEFAULT_THRESHOLD}). */
    public Builder threshold(double threshold) {
      if (threshold <= 0 || threshold > 1) {
        throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
      }
      this.threshold = threshold;
      return this;
    }

    /**
     * @throws IllegalArgumentException for an unknown language code
     * @throws org.rasm.lexicon.LexiconException for a lexicon file with errors
     */
    public Rasm build() {
      return new Rasm(this);
    }
  }
}
