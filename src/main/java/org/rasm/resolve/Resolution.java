package org.rasm.resolve;

import java.util.LinkedHashMap;
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

  /** True for a resolution by a strict layer: exact, folded or key. */
  static boolean strict(Resolution r) {
    return r.resolved() && !"fuzzy".equals(r.match());
  }

  /** True for a resolution by a strict layer or an equal spelling: "مدينة الحراك" is الحراك with its class word. */
  static boolean metAsSpelt(Resolution r) {
    return strict(r) || r.resolved() && r.score() >= 1;
  }

  /** {@code r} as the answer to {@code query}, the rule that led from one to the other named first. */
  static Resolution restated(String query, Resolution r, String rule, boolean explain) {
    return new Resolution(query, r.id(), r.type(), r.nameEn(), r.nameAr(), r.score(), r.match(), r.candidates(),
        ruleFirst(r, rule, explain));
  }

  /** {@code r}'s explanation with {@code rule} named before its own rule; empty when not {@code explain}. */
  static Map<String, String> ruleFirst(Resolution r, String rule, boolean explain) {
    if (!explain) {
      return Map.of();
    }
    Map<String, String> why = new LinkedHashMap<>(r.explanation());
    why.put("rule", rule + ": " + why.getOrDefault("rule", ""));
    return why;
  }
}
