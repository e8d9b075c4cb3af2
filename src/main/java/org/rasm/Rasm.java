package org.rasm;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.Folded;
import org.rasm.fold.TextFolder;
import org.rasm.lang.Detection;
import org.rasm.lang.LanguageIdentifier;

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

  private Rasm(Builder b) {
    this.languages = b.languages == null ? LanguageIdentifier.defaults() : new LanguageIdentifier(b.languages, b.lowAccuracy);
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
   * f.originalText(3, 10);  // "Bokamal"
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

  /** The ISO 639-1 codes of the languages {@link #detect} chooses among. */
  public java.util.Set<String> languages() {
    return languages.languages();
  }

  /** Settings for a {@link Rasm}. Not thread-safe; the instance it builds is. */
  public static final class Builder {
    private List<String> languages;
    private boolean lowAccuracy = true;

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

    /**
     * @throws IllegalArgumentException for an unknown language code
     */
    public Rasm build() {
      return new Rasm(this);
    }
  }
}
