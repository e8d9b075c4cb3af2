package org.rasm.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** SortedWords answers as a hash set of the same words would, for words in it, beside it and prefixes of it. */
class SortedWordsProperties {
  @Provide
  Arbitrary<List<String>> wordLists() {
    return Arbitraries.strings().withChars("abcé ش").ofMaxLength(5).list().ofMaxSize(40);
  }

  @Property(tries = 500)
  void containsAsAHashSetDoes(@ForAll("wordLists") List<String> words, @ForAll("wordLists") List<String> asked) {
    SortedWords sorted = new SortedWords(words);
    Set<String> set = new HashSet<>(words);
    assertEquals(set.size(), sorted.size());
    for (String w : words) {
      assertEquals(true, sorted.contains(w), w);
      for (int k = 0; k < w.length(); k++) {
        assertEquals(set.contains(w.substring(0, k)), sorted.contains(w.substring(0, k)), w.substring(0, k));
      }
    }
    for (String w : asked) {
      assertEquals(set.contains(w), sorted.contains(w), w);
    }
  }
}
