package org.rasm.fold;

/**
 * A span of text: UTF-16 indices ({@code String} indices), {@code end} exclusive.
 *
 * <pre>{@code
 * Span s = folded.toOriginal(0, 4);
 * folded.original().substring(s.start(), s.end());
 * }</pre>
 *
 * @param start first index
 * @param end index after the last
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }
}
