package org.rasm.resolve;

import java.util.List;
import java.util.Map;

/**
 * What a name resolved to.
 *
 * <pre>{@code
 * Resolution r = Rasm.defaults().resolve("Abu Kamal");
 * r.id();       // "place:albu-kamal"
 * r.match();    // "fuzzy"
 * }</pre>
 *
 * @param query the name as asked
 * @param id the entity's id, or null when nothing passed the threshold or unrelated entities tied
 * @param type the entity's type, or null
 * @param nameEn the entity's English name, or null
 * @param nameAr the entity's Arabic name, or null
 * @param score 0 to 1: 1 for a name of the lexicon, the verification score for a fuzzy match
 * @param match the layer that decided: {@code exact}, {@code folded}, {@code key} or {@code fuzzy}; null when none
 * @param candidates the entities considered, best first
 * @param explanation the keys compared and the alias or rule that decided
 */
public record Resolution(String query, String id, String type, String nameEn, String nameAr, double score, String match,
    List<Candidate> candidates, Map<String, String> explanation) {

  /** An entity that was considered. */
  public record Candidate(String id, double score) {}

  public Resolution {
    candidates = List.copyOf(candidates);
    explanation = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(explanation));
  }

  public boolean resolved() {
    return id != null;
  }
}
