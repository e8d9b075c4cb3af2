package org.rasm.lucene;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * The chains of the README built by SPI names, as Solr builds them: the Solr field type is read from the README
 * itself, so the snippet there is the one tested.
 */
public class LuceneChainTest extends BaseTokenStreamTestCase {

  public void testFactoriesAreRegistered() {
    assertTrue(TokenFilterFactory.availableTokenFilters().contains(RasmNormalizationFilterFactory.NAME));
    assertTrue(TokenFilterFactory.availableTokenFilters().contains(RasmCanonicalIdFilterFactory.NAME));
    assertEquals(RasmCanonicalIdFilterFactory.class, TokenFilterFactory.lookupClass("rasmCanonicalId"));
    assertEquals(RasmUnpairedSurrogatesCharFilterFactory.class, org.apache.lucene.analysis.CharFilterFactory.lookupClass("rasmUnpairedSurrogates"));
  }

  /** A chain built from the factories keeps its final offset when the text ends in a lone high surrogate. */
  public void testUnpairedSurrogatesCharFilterRepairsTheEndOfTheText() throws Exception {
    try (Analyzer repaired = CustomAnalyzer.builder().addCharFilter("rasmUnpairedSurrogates").withTokenizer("standard")
        .addTokenFilter("rasmNormalization").build()) {
      assertTokenStreamContents(repaired.tokenStream("f", "a \uD800"), new String[] {"a"}, new int[] {0}, new int[] {1}, 3);
      expectThrows(IllegalArgumentException.class, () -> new RasmUnpairedSurrogatesCharFilterFactory(new java.util.HashMap<>(Map.of("x", "y"))));
    }
  }

  /** The README's CustomAnalyzer snippet, written out here and checked to be there word for word. */
  public void testCustomAnalyzerSnippet() throws Exception {
    Analyzer index = CustomAnalyzer.builder()
        .withTokenizer("standard")
        .addTokenFilter("rasmCanonicalId", "types", "place,actor,outlet,country", "keepOriginal", "true")
        .addTokenFilter("rasmNormalization")
        .addTokenFilter("flattenGraph")
        .build();
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains("""
        Analyzer index = CustomAnalyzer.builder()
            .withTokenizer("standard")
            .addTokenFilter("rasmCanonicalId", "types", "place,actor,outlet,country", "keepOriginal", "true")
            .addTokenFilter("rasmNormalization")
            .addTokenFilter("flattenGraph")
            .build();
        """));
    try (index) {
      assertAnalyzesTo(index, "Abu Kamal, البوكمال", new String[] {"abu", "place:albu-kamal", "kamal", "البوكمال", "place:albu-kamal"});
      checkRandomData(random(), index, 50 * RANDOM_MULTIPLIER);
      for (int i = 0; i < 30 * RANDOM_MULTIPLIER; i++) {
        checkAnalysisConsistency(random(), index, random().nextBoolean(), RasmCanonicalIdFilterTest.nameSoup(random()));
      }
    }
  }

  /**
   * Folded first, the tokens have lost their case: only ignoreCase finds the Latin names then, and acronyms are lost
   * (SDF is "sdf"); the README puts rasmCanonicalId first for that.
   */
  public void testFoldingFirstLosesCase() throws Exception {
    try (Analyzer strict = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("rasmNormalization")
            .addTokenFilter("rasmCanonicalId").build();
        Analyzer lenient = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("rasmNormalization")
            .addTokenFilter("rasmCanonicalId", "ignoreCase", "true").build()) {
      assertAnalyzesTo(strict, "Abu Kamal SDF البوكمال", new String[] {"abu", "kamal", "sdf", "البوكمال", "place:albu-kamal"});
      assertAnalyzesTo(lenient, "Abu Kamal SDF البوكمال",
          new String[] {"abu", "place:albu-kamal", "kamal", "sdf", "البوكمال", "place:albu-kamal"});
    }
  }

  /** The query analyzer of the README's Solr field type gives what RasmAnalyzer gives, token for token. */
  public void testSolrFieldTypeOfTheReadme() throws Exception {
    Map<String, Analyzer> chains = solrFieldType();
    assertEquals(List.of("index", "query"), List.copyOf(chains.keySet()));
    try (Analyzer query = chains.get("query"); Analyzer index = chains.get("index"); Analyzer rasm = new RasmAnalyzer()) {
      for (String text : RasmAnalyzerTest.documents()) {
        assertEquals(tokens(rasm, text), tokens(query, text));
      }
      assertAnalyzesTo(index, "Dayr az Zawr", new String[] {"dayr", "place:dayr-az-zawr", "az", "zawr"});
      checkRandomData(random(), index, 30 * RANDOM_MULTIPLIER);
    }
  }

  /** The analyzers of the first {@code <fieldType>} in the README's xml blocks, by type. */
  private static Map<String, Analyzer> solrFieldType() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int at = readme.indexOf("```xml\n<fieldType");
    assertTrue("the README has a Solr field type", at >= 0);
    String xml = readme.substring(at + "```xml\n".length(), readme.indexOf("```", at + 6));
    Element fieldType = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new org.xml.sax.InputSource(new StringReader(xml))).getDocumentElement();
    Map<String, Analyzer> chains = new LinkedHashMap<>();
    NodeList analyzers = fieldType.getElementsByTagName("analyzer");
    for (int i = 0; i < analyzers.getLength(); i++) {
      Element analyzer = (Element) analyzers.item(i);
      Element tokenizer = (Element) analyzer.getElementsByTagName("tokenizer").item(0);
      CustomAnalyzer.Builder b = CustomAnalyzer.builder().withTokenizer(tokenizer.getAttribute("name"), params(tokenizer));
      NodeList charFilters = analyzer.getElementsByTagName("charFilter");
      for (int f = 0; f < charFilters.getLength(); f++) {
        Element charFilter = (Element) charFilters.item(f);
        b.addCharFilter(charFilter.getAttribute("name"), params(charFilter));
      }
      NodeList filters = analyzer.getElementsByTagName("filter");
      for (int f = 0; f < filters.getLength(); f++) {
        Element filter = (Element) filters.item(f);
        b.addTokenFilter(filter.getAttribute("name"), params(filter));
      }
      chains.put(analyzer.getAttribute("type"), b.build());
    }
    return chains;
  }

  private static Map<String, String> params(Element e) {
    Map<String, String> params = new LinkedHashMap<>();
    NamedNodeMap attributes = e.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      if (!attributes.item(i).getNodeName().equals("name")) {
        params.put(attributes.item(i).getNodeName(), attributes.item(i).getNodeValue());
      }
    }
    return params;
  }

  private static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute posLen = ts.addAttribute(PositionLengthAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + " " + type.type() + " " + offset.startOffset() + "-" + offset.endOffset() + " +" + posInc.getPositionIncrement()
            + " /" + posLen.getPositionLength());
      }
      ts.end();
    }
    return out;
  }
}
