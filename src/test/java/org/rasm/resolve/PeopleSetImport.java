package org.rasm.resolve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;
import org.rasm.lexicon.Entity;
import org.rasm.lexicon.Lexicon;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Writes testdata/resolve/people.tsv, names of people that must resolve to nothing, from the UN Security Council's
 * consolidated sanctions list (XML, the list of 2018-10-29 here): each individual's name in Latin letters, in its original script when given, and
 * its good-quality aliases. Names that are also a name of a lexicon entity once search-folded are left out, and
 * repeats once folded. The names were looked at while the resolver was tuned: this is a development set. Run from the
 * project folder:
 *
 * <pre>
 * mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test -Dexec.mainClass=org.rasm.resolve.PeopleSetImport \
 *     -Dexec.args="consolidated.xml testdata/resolve/people.tsv"
 * </pre>
 */
public final class PeopleSetImport {
  private static final String[] NAME_PARTS = {"FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"};

  private PeopleSetImport() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: PeopleSetImport CONSOLIDATED.xml OUT.tsv");
      System.exit(2);
    }
    TextFolder search = TextFolder.of(FoldProfile.SEARCH);
    Set<String> seen = new HashSet<>();
    for (Entity e : Lexicon.defaults().entities()) {
      e.names().forEach(n -> seen.add(search.fold(n).text()));
    }
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = factory.newDocumentBuilder().parse(Path.of(args[0]).toFile());
    StringBuilder out = new StringBuilder("query\texpected\tkind\tnote\n");
    NodeList people = doc.getElementsByTagName("INDIVIDUAL");
    int rows = 0;
    for (int i = 0; i < people.getLength(); i++) {
      Element person = (Element) people.item(i);
      String ref = text(person, "REFERENCE_NUMBER");
      List<String> parts = new ArrayList<>();
      for (String tag : NAME_PARTS) {
        parts.add(text(person, tag));
      }
      List<String> names = new ArrayList<>();
      names.add(String.join(" ", parts));
      names.add(text(person, "NAME_ORIGINAL_SCRIPT"));
      NodeList aliases = person.getElementsByTagName("INDIVIDUAL_ALIAS");
      for (int j = 0; j < aliases.getLength(); j++) {
        Element alias = (Element) aliases.item(j);
        if (text(alias, "QUALITY").equals("Good")) {
          names.add(text(alias, "ALIAS_NAME"));
        }
      }
      for (String name : names) {
        String clean = name.strip().replaceAll("\\s+", " ");
        if (!clean.isEmpty() && seen.add(search.fold(clean).text())) {
          out.append(clean).append("\t\tnegative-person\tUN sanctions list ").append(ref).append('\n');
          rows++;
        }
      }
    }
    Files.writeString(Path.of(args[1]), out, StandardCharsets.UTF_8);
    System.err.println(args[1] + ": " + rows + " names of " + people.getLength() + " people");
  }

  private static String text(Element e, String tag) {
    NodeList found = e.getElementsByTagName(tag);
    return found.getLength() == 0 ? "" : found.item(0).getTextContent().strip();
  }
}
