package org.rasm.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasm.lexicon.Lexicon;
import org.rasm.resolve.Resolver;
import org.rasm.tag.Mention;
import org.rasm.tag.Tagger;

/**
 * The test corpus (testdata/docs, tag/docs, dedup/docs) in a real Lucene index analyzed by {@link RasmAnalyzer},
 * queried across scripts and spellings. The reports "about" an entity are those in which the tagger, which reads
 * whole documents, finds one of its names as the lexicon writes them; every spelling must find all of them.
 */
class LuceneEndToEndTest {
  private static final String BODY = "body";
  private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
  private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");

  private static Directory directory;
  private static DirectoryReader reader;
  private static IndexSearcher searcher;
  private static Analyzer analyzer;
  private static final List<String> paths = new ArrayList<>();
  private static final List<String> texts = new ArrayList<>();
  private static Tagger tagger;

  @BeforeAll
  static void index() throws IOException {
    analyzer = new RasmAnalyzer();
    tagger = new Tagger(Lexicon.defaults(), new Resolver(Lexicon.defaults()), NameIndexes.defaults());
    FieldType body = new FieldType();
    body.setTokenized(true);
    body.setStored(true);
    body.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS); // the highlighter reads offsets
    body.freeze();
    directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (String dir : List.of("testdata/docs", "testdata/tag/docs", "testdata/dedup/docs")) {
        try (Stream<Path> files = Files.list(Path.of(dir))) {
          for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            text = text.startsWith("\uFEFF") ? text.substring(1) : text;
            Document doc = new Document();
            doc.add(new StringField("path", f.toString(), Field.Store.YES));
            doc.add(new Field(BODY, text, body));
            doc.add(new StoredField("n", paths.size()));
            writer.addDocument(doc);
            paths.add(f.toString());
            texts.add(text);
          }
        }
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
    analyzer.close();
  }

  /** The documents in which the tagger finds a name of {@code id} as the lexicon writes it (no fuzzy match). */
  private static Set<String> about(String id) {
    Set<String> docs = new TreeSet<>();
    for (int i = 0; i < texts.size(); i++) {
      if (!mentions(i, id).isEmpty()) {
        docs.add(paths.get(i));
      }
    }
    return docs;
  }

  private static List<Mention> mentions(int doc, String id) {
    return tagger.tag(texts.get(doc)).stream().filter(m -> id.equals(m.id()) && !m.match().equals("fuzzy")).toList();
  }

  private static Set<String> hits(Query q) throws IOException {
    Set<String> found = new TreeSet<>();
    for (ScoreDoc sd : searcher.search(q, 1000).scoreDocs) {
      found.add(searcher.storedFields().document(sd.doc).get("path"));
    }
    return found;
  }

  private static Query parse(String query) throws Exception {
    return new QueryParser(BODY, analyzer).parse(QueryParser.escape(query));
  }

  private static void assertFindsAll(String id, String... spellings) throws Exception {
    Set<String> expected = about(id);
    assertFalse(expected.isEmpty(), id);
    for (String spelling : spellings) {
      Set<String> found = hits(parse(spelling));
      Set<String> missed = new TreeSet<>(expected);
      missed.removeAll(found);
      assertTrue(missed.isEmpty(), spelling + " (" + id + ") missed " + missed);
    }
  }

  private static boolean matches(Pattern script, String path, String word) {
    String text = texts.get(paths.indexOf(path));
    return text.contains(word) || !script.matcher(text).find();
  }

  @Test
  void latinQueryFindsArabicReports() throws Exception {
    Set<String> found = hits(parse("Abu Kamal"));
    assertTrue(found.containsAll(about("place:albu-kamal")));
    // reports that name the town only in Arabic are found
    assertTrue(found.stream().anyMatch(p -> !texts.get(paths.indexOf(p)).toLowerCase(java.util.Locale.ROOT).contains("kamal")
        && ARABIC.matcher(texts.get(paths.indexOf(p))).find()), found.toString());
  }

  @Test
  void arabicQueryFindsEnglishReports() throws Exception {
    Set<String> found = hits(parse("البوكمال"));
    assertTrue(found.containsAll(about("place:albu-kamal")));
    assertTrue(found.stream().anyMatch(p -> !texts.get(paths.indexOf(p)).contains("كمال")), found.toString());
    Set<String> deir = hits(parse("دير الزور"));
    assertTrue(deir.stream().anyMatch(p -> !ARABIC.matcher(texts.get(paths.indexOf(p))).find()), deir.toString());
  }

  @Test
  void everySpellingFindsEveryReportAboutTheEntity() throws Exception {
    assertFindsAll("place:albu-kamal", "Abu Kamal", "al-Bokamal", "Albukamal", "Boukamal", "البوكمال", "البو كمال", "أبو كمال");
    assertFindsAll("place:dayr-az-zawr", "Deir ez-Zor", "Dayr az Zawr", "Deir Ezzor", "Deir al-Zour", "دير الزور", "ديرالزور");
    assertFindsAll("actor:sdf", "SDF", "Syrian Democratic Forces", "قسد", "قوات سوريا الديمقراطية");
    assertFindsAll("outlet:sohr", "SOHR", "Syrian Observatory for Human Rights", "المرصد السوري لحقوق الإنسان");
  }

  @Test
  void canonicalIdQuery() throws Exception {
    for (String id : List.of("place:albu-kamal", "place:dayr-az-zawr", "actor:sdf", "outlet:sohr")) {
      Set<String> byId = hits(new TermQuery(new Term(BODY, id)));
      assertTrue(byId.containsAll(about(id)), id);
      // the ID is one of the alternatives a name query asks for: what it finds, the name finds
      assertTrue(hits(parse(Lexicon.defaults().get(id).orElseThrow().nameAr())).containsAll(byId), id);
      assertTrue(hits(parse(Lexicon.defaults().get(id).orElseThrow().nameEn())).containsAll(byId), id);
    }
  }

  /** Highlighted offsets fall on the name as written, in either script, whatever the script of the query. */
  @Test
  void highlightsMarkTheNameInBothScripts() throws Exception {
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new Offsets()).build();
    checkHighlights(highlighter, "Abu Kamal", "place:albu-kamal");
    checkHighlights(highlighter, "دير الزور", "place:dayr-az-zawr");
  }

  private static void checkHighlights(UnifiedHighlighter highlighter, String query, String id) throws Exception {
    Query q = parse(query);
    TopDocs top = searcher.search(q, 1000);
    String[] highlights = highlighter.highlight(BODY, q, top, 1000);
    int crossScript = 0;
    for (int i = 0; i < highlights.length; i++) {
      int doc = searcher.storedFields().document(top.scoreDocs[i].doc).getField("n").numericValue().intValue();
      String text = texts.get(doc);
      List<Mention> names = mentions(doc, id);
      if (names.isEmpty() || highlights[i] == null) {
        continue; // found through the query's words alone
      }
      List<int[]> spans = new ArrayList<>();
      for (String span : highlights[i].split(",")) {
        spans.add(new int[] {Integer.parseInt(span.substring(0, span.indexOf('-'))), Integer.parseInt(span.substring(span.indexOf('-') + 1))});
      }
      for (Mention m : names) {
        // each name is marked, from at most a joined clitic (ولل) before it to at most a possessive ('s) after it
        int[] mark = spans.stream().filter(s -> s[0] < m.end() && s[1] > m.start()).findFirst().orElse(null);
        String where = paths.get(doc) + ": " + m;
        assertTrue(mark != null, where + " is not marked");
        assertTrue(mark[0] <= m.start() && m.start() - mark[0] <= 3, where + " marked from " + text.substring(mark[0], mark[1]));
        assertTrue(mark[1] >= m.end() && mark[1] - m.end() <= 2, where + " marked as " + text.substring(mark[0], mark[1]));
        if (LATIN.matcher(query).find() != LATIN.matcher(m.text()).find()) {
          crossScript++;
        }
      }
    }
    assertTrue(crossScript > 0, "some highlights are in the other script than the query");
  }

  /** The matches of the passages as "start-end,start-end". */
  private static final class Offsets extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      StringBuilder sb = new StringBuilder();
      int lastEnd = -1;
      for (Passage p : passages) {
        for (int m = 0; m < p.getNumMatches(); m++) {
          int start = p.getMatchStarts()[m];
          int end = p.getMatchEnds()[m];
          if (start < lastEnd) {
            // overlapping matches (a name's words and its ID) are one span, as the default formatter shows them
            int cut = sb.lastIndexOf("-");
            end = Math.max(end, lastEnd);
            sb.setLength(cut + 1);
            sb.append(end);
          } else {
            sb.append(sb.length() == 0 ? "" : ",").append(start).append('-').append(end);
          }
          lastEnd = end;
        }
      }
      return sb.toString();
    }
  }

  @Test
  void queryParserReadsTheIdAsAnAlternative() throws Exception {
    assertEquals("((+body:abu +body:kamal) body:place:albu-kamal)", parse("Abu Kamal").toString());
  }
}
