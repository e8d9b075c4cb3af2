package org.rasm.tag;

import java.util.List;
import org.rasm.resolve.Resolution;

/**
 * A name of the lexicon found in a text.
 *
 * <pre>{@code
 * for (Mention m : tagger.tag("قصفت طائرات التحالف مواقع في البوكمال")) {
 *   System.out.println(m.start() + "-" + m.end() + " " + m.text() + " " + m.id());
 * }
 * }</pre>
 *
 * @param start first UTF-16 index in the original text
 * @param end index after the last, exclusive
 * @param text the original text of the mention (clitics such as و and ب left out)
 * @param id the entity's id, or null when unrelated entities share the name and nothing tells them apart
 * @param type the entity's type, or null
 * @param match how the name matched: {@code exact} (as an alias reads once folded) or {@code clitic} (after
 *     stripping an Arabic conjunction or preposition)
 * @param score 0 to 1
 * @param candidates the entities the name can mean, best first
 */
public record Mention(int start, int end, String text, String id, String type, String match, double score,
    List<Resolution.Candidate> candidates) {
  public Mention {
    candidates = List.copyOf(candidates);
  }
}
