package org.rasm.tag;

import java.util.List;
import org.rasm.fold.Span;

/**
 * A document without its masthead and boilerplate, with the way back to the original.
 *
 * <pre>{@code
 * Stripped s = Rasm.defaults().strip(page);
 * s.body();                 // the report
 * s.source();               // "outlet:sohr", from the masthead, the dateline or a domain
 * s.toOriginal(0);          // where the body starts in the page
 * }</pre>
 *
 * @param body the text that is left
 * @param kept the original spans the body is made of, in order
 * @param removed the original spans taken out, each a whole line
 * @param source the id of the outlet that published the document, or null when nothing says
 */
public record Stripped(String body, List<Span> kept, List<Span> removed, String source) {
  public Stripped {
    kept = List.copyOf(kept);
    removed = List.copyOf(removed);
  }

  /** The original position of position {@code pos} of the body. */
  public int toOriginal(int pos) {
    if (pos < 0 || pos > body.length()) {
      throw new IndexOutOfBoundsException("position " + pos + " outside the body of length " + body.length());
    }
    int offset = 0;
    for (Span s : kept) {
      if (pos < offset + s.length()) {
        return s.start() + (pos - offset);
      }
      offset += s.length();
    }
    return kept.isEmpty() ? 0 : kept.get(kept.size() - 1).end();
  }
}
