package org.rasm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rasm.MixedText.escape;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.rasm.dedup.Deduplicator;
import org.rasm.dedup.Duplicate;
import org.rasm.dedup.Signature;
import org.rasm.dedup.Signer;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.Folded;
import org.rasm.fold.Span;
import org.rasm.lang.Detection;
import org.rasm.lang.LanguageSpan;
import org.rasm.lexicon.Entity;
import org.rasm.lexicon.EntityType;
import org.rasm.lucene.RasmAnalyzer;
import org.rasm.resolve.NameSimilarity;
import org.rasm.resolve.Resolution;
import org.rasm.romanize.InvariantKey;
import org.rasm.romanize.Scheme;
import org.rasm.tag.Mention;
import org.rasm.tag.Stripped;

/**
 * Every public entry point over generated hostile text ({@link MixedText}): no exception, and the invariants each
 * result promises (offsets inside the text and in order, spans that do not cross, ids of the lexicon, scores in 0..1,
 * the same answer twice).
 */
class EntryPointProperties {
  private static final Rasm RASM = Rasm.defaults();
  private static final Analyzer ANALYZER = new RasmAnalyzer();
  private static final Signer SIGNER = new Signer(RASM, Signer.DEFAULT_PERMUTATIONS);

  @Provide
  Arbitrary<String> text() {
    return MixedText.text();
  }

  @Provide
  Arbitrary<String> query() {
    return MixedText.query();
  }

  @Property(tries = 150)
  void normalizeIsIdempotentWithOffsetsInOrderInsideTheText(@ForAll("text") String text) {
    for (FoldProfile p : FoldProfile.values()) {
      Folded f = RASM.normalize(text, p);
      assertEquals(f.text(), RASM.normalize(f.text(), p).text(), () -> p + " not idempotent on " + escape(text));
      int previousStart = 0;
      int previousEnd = 0;
      for (int i = 0; i <= f.text().length(); i++) {
        int start = f.offsets().originalStart(i);
        int end = f.offsets().originalEnd(i);
        assertTrue(start >= previousStart && start <= end && end <= text.length() && end >= previousEnd,
            () -> p + " offsets at " + start + ".." + end + " in " + escape(text));
        previousStart = start;
        previousEnd = end;
      }
    }
  }

  @Property(tries = 150)
  void detectGivesSpansInOrderInsideTheText(@ForAll("text") String text) {
    Detection d = RASM.detect(text);
    assertNotNull(d.script());
    assertTrue(d.language() == null || RASM.languages().contains(d.language()), () -> d + " on " + escape(text));
    assertTrue(d.confidence() >= 0 && d.confidence() <= 1, () -> d + " on " + escape(text));
    int previous = 0;
    for (LanguageSpan s : d.spans()) {
      assertTrue(s.start() >= previous && s.start() <= s.end() && s.end() <= text.length(), () -> s + " in " + escape(text));
      assertTrue(s.language() == null || RASM.languages().contains(s.language()), () -> s + " in " + escape(text));
      assertTrue(s.confidence() >= 0 && s.confidence() <= 1, () -> s + " in " + escape(text));
      previous = s.end();
    }
    assertEquals(d, RASM.detect(text));
  }

  @Property(tries = 120)
  void resolveAndExplainGiveLexiconIdsAndScoresInRange(@ForAll("query") String name) {
    List<EntityType[]> filters = new ArrayList<>();
    filters.add(new EntityType[0]);
    for (EntityType t : EntityType.values()) {
      filters.add(new EntityType[] {t});
    }
    for (EntityType[] types : filters) {
      Resolution r = RASM.resolve(name, types);
      if (types.length == 0) {
        Statistics.label("resolved").collect(r.resolved());
      }
      String where = java.util.Arrays.toString(types) + " " + escape(name) + " -> " + r;
      assertEquals(name, r.query(), where);
      assertTrue(r.score() >= 0 && r.score() <= 1, where);
      if (r.id() != null) {
        Entity e = RASM.lexicon().get(r.id()).orElseThrow(() -> new AssertionError("unknown id: " + where));
        assertEquals(e.type().id(), r.type(), where);
        assertTrue(types.length == 0 || e.type() == types[0], where);
      }
      for (Resolution.Candidate c : r.candidates()) {
        assertTrue(RASM.lexicon().get(c.id()).isPresent(), () -> "candidate " + c + " of " + where);
        assertTrue(c.score() >= 0 && c.score() <= 1, () -> "candidate " + c + " of " + where);
      }
      Resolution explained = RASM.explain(name, types);
      assertEquals(r.id(), explained.id(), where);
      assertEquals(r.score(), explained.score(), where);
      assertEquals(r, RASM.resolve(name, types), where);
    }
  }

  @Property(tries = 150)
  void tagFindsMentionsInOrderThatNeverCross(@ForAll("text") String text) {
    List<Mention> mentions = RASM.tag(text);
    Statistics.label("mentions").collect(mentions.isEmpty() ? "none" : "some");
    Statistics.label("length").collect(text.length() < 1000 ? "short" : "long");
    int previousEnd = 0;
    for (Mention m : mentions) {
      String where = m + " in " + escape(text);
      assertTrue(m.start() >= previousEnd && m.start() < m.end() && m.end() <= text.length(), where);
      assertEquals(text.substring(m.start(), m.end()), m.text(), where);
      assertTrue(m.score() >= 0 && m.score() <= 1, where);
      if (m.id() != null) {
        Entity e = RASM.lexicon().get(m.id()).orElseThrow(() -> new AssertionError("unknown id: " + where));
        assertEquals(e.type().id(), m.type(), where);
      }
      for (Resolution.Candidate c : m.candidates()) {
        assertTrue(RASM.lexicon().get(c.id()).isPresent(), () -> "candidate " + c + " of " + where);
      }
      previousEnd = m.end();
    }
    assertEquals(mentions, RASM.tag(text));
  }

  @Property(tries = 100)
  void strippedBodyIsItsKeptSpans(@ForAll("text") String text) {
    Stripped s = RASM.strip(text);
    StringBuilder body = new StringBuilder();
    List<Span> all = new ArrayList<>(s.kept());
    all.addAll(s.removed());
    all.sort(java.util.Comparator.comparingInt(Span::start));
    int previous = 0;
    for (Span span : all) {
      assertTrue(span.start() >= previous && span.end() <= text.length(), () -> s + " of " + escape(text));
      previous = span.end();
    }
    for (Span span : s.kept()) {
      body.append(text, span.start(), span.end());
    }
    assertEquals(body.toString(), s.body(), () -> escape(text));
    for (int i = 0; i < s.body().length(); i += Math.max(1, s.body().length() / 50)) {
      assertEquals(s.body().charAt(i), text.charAt(s.toOriginal(i)), "position " + i + " of " + escape(text));
    }
    assertTrue(s.source() == null || RASM.lexicon().get(s.source()).map(e -> e.type() == EntityType.OUTLET).orElse(false),
        () -> s.source() + " for " + escape(text));
    assertEquals(s, RASM.strip(text));
  }

  @Property(tries = 100)
  void transliterationKeepsUtf16ValidAndOtherScriptsAsTheyAre(@ForAll("text") String text) {
    String display = RASM.normalize(text, FoldProfile.DISPLAY).text();
    boolean arabic = display.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC);
    for (Scheme scheme : Scheme.values()) {
      String out = RASM.transliterate(text, scheme);
      assertTrue(validUtf16(out), () -> scheme + " on " + escape(text));
      if (!arabic) {
        assertEquals(display, out, () -> scheme + " changed text without Arabic: " + escape(text));
      }
    }
  }

  @Property(tries = 200)
  void keysAndSimilarityHoldUp(@ForAll("query") String a, @ForAll("query") String b) {
    String key = InvariantKey.of(a);
    assertTrue(validUtf16(key), () -> escape(a));
    assertEquals(key, InvariantKey.of(RASM.normalize(a, FoldProfile.KEY).text()), () -> "key of the folded " + escape(a));
    assertEquals(key, InvariantKey.of(RASM.normalize(a, FoldProfile.SEARCH).text()), () -> "key of the folded " + escape(a));
    String pa = NameSimilarity.phonetic(a);
    String pb = NameSimilarity.phonetic(b);
    double score = NameSimilarity.score(pa, pb);
    assertTrue(score >= 0 && score <= 1, () -> score + " for " + escape(a) + " / " + escape(b));
    assertEquals(1.0, NameSimilarity.score(pa, pa), () -> escape(a));
  }

  @Property(tries = 60)
  void signingIsDeterministic(@ForAll("text") String text) {
    Signature s = SIGNER.sign("d", text);
    Statistics.label("facts").collect(s.facts().isEmpty() ? "none" : "some");
    Signature again = new Signer(RASM, Signer.DEFAULT_PERMUTATIONS).sign("d", text);
    assertEquals(s.exact(), again.exact(), () -> escape(text));
    assertArrayEquals(s.shingles(), again.shingles(), () -> escape(text));
    assertArrayEquals(s.minhash(), again.minhash(), () -> escape(text));
    assertEquals(s.language(), again.language());
    assertEquals(s.facts(), again.facts());
    assertEquals(Signer.DEFAULT_PERMUTATIONS, s.minhash().length);
    for (int i = 1; i < s.shingles().length; i++) {
      assertTrue(s.shingles()[i - 1] < s.shingles()[i], "shingles sorted and distinct");
    }
  }

  @Property(tries = 25)
  void deduplicationPlacesEveryDocumentOnceWithCopiesTogether(@ForAll("docs") List<String> docs) {
    List<Signature> signatures = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      signatures.add(SIGNER.sign("d" + i, docs.get(i)));
      if (i % 2 == 0) {
        signatures.add(SIGNER.sign("copy" + i, docs.get(i)));
      }
    }
    Set<String> ids = new HashSet<>();
    signatures.forEach(s -> ids.add(s.id()));
    Map<String, Duplicate> byDoc = new HashMap<>();
    for (Duplicate d : new Deduplicator(Deduplicator.DEFAULT_THRESHOLD, true).run(signatures)) {
      assertEquals(null, byDoc.put(d.doc(), d), () -> "twice: " + d);
      assertTrue(ids.contains(d.of()) && d.score() >= 0 && d.score() <= 1, d::toString);
    }
    assertEquals(ids, byDoc.keySet());
    for (int i = 0; i < docs.size(); i += 2) {
      int k = i;
      assertEquals(byDoc.get("d" + k).cluster(), byDoc.get("copy" + k).cluster(), () -> escape(docs.get(k)));
    }
  }

  @Provide
  Arbitrary<List<String>> docs() {
    return MixedText.text().list().ofMinSize(1).ofMaxSize(6);
  }

  @Property(tries = 100)
  void analyzerOffsetsAreInOrderInsideTheText(@ForAll("text") String text) throws IOException {
    try (TokenStream ts = ANALYZER.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int previousStart = 0;
      boolean first = true;
      while (ts.incrementToken()) {
        String where = term + " " + offset.startOffset() + ".." + offset.endOffset() + " in " + escape(text);
        assertTrue(term.length() > 0, where);
        assertTrue(offset.startOffset() >= previousStart && offset.startOffset() <= offset.endOffset()
            && offset.endOffset() <= text.length(), where);
        assertTrue(first ? inc.getPositionIncrement() >= 1 : inc.getPositionIncrement() >= 0, where);
        previousStart = offset.startOffset();
        first = false;
      }
      ts.end();
      assertEquals(text.length(), offset.endOffset(), () -> "final offset of " + escape(text));
    }
  }

  static boolean validUtf16(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(++i))) {
          return false;
        }
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
