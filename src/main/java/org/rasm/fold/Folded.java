package org.rasm.fold;

import java.util.Objects;

/**
 * A folded text with the way back to the original.
 *
 * <pre>{@code
 * Folded f = Rasm.defaults().normalize("دَيْر الزُّور", FoldProfile.SEARCH);
 * f.text();                 // "دير الزور"
 * f.originalText(4, 9);     // "الزُّور"
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class Folded {
  private final String original;
  private final String text;
  private final FoldProfile profile;
  private final OffsetMap offsets;

  Folded(String original, String text, FoldProfile profile, OffsetMap offsets) {
    this.original = Objects.requireNonNull(original);
    this.text = Objects.requireNonNull(text);
    this.profile = Objects.requireNonNull(profile);
    this.offsets = Objects.requireNonNull(offsets);
  }

  /** The folded text. */
  public String text() {
    return text;
  }

  /** The text that was folded. */
  public String original() {
    return original;
  }

  public FoldProfile profile() {
    return profile;
  }

  /** The map from folded positions to original ones. */
  public OffsetMap offsets() {
    return offsets;
  }

  /** The original span of the folded span {@code [start, end)}. */
  public Span toOriginal(int start, int end) {
    return offsets.toOriginal(start, end);
  }

  /** The original text behind the folded span {@code [start, end)}. */
  public String originalText(int start, int end) {
    Span s = toOriginal(start, end);
    return original.substring(s.start(), s.end());
  }

  @Override
  public String toString() {
    return text;
  }
}
