package org.rasm.lucene;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.rasm.lexicon.EntityType;
import org.rasm.lexicon.LexiconException;
import org.rasm.tag.NameIndex;

/**
 * Factory for {@link RasmCanonicalIdFilter}, by the SPI name {@value #NAME}.
 *
 * <pre class="prettyprint">
 * &lt;filter name="rasmCanonicalId" lexicons="my-villages.tsv" types="place,actor" keepOriginal="true"/&gt;
 * </pre>
 *
 * Arguments, all optional; any other is an error:
 *
 * <ul>
 *   <li>{@code lexicons}: comma-separated paths of lexicon files added to the bundled ones (a row replaces a bundled
 *       row with the same id), as {@code rasm --lexicon} does; relative paths are read from the working directory;
 *   <li>{@code types}: the entity types to add IDs for, among {@code place}, {@code actor}, {@code outlet},
 *       {@code country}, comma- or space-separated (default all);
 *   <li>{@code keepOriginal}: whether a name's own tokens stay beside its ID token (default {@code true});
 *   <li>{@code ignoreCase}: whether a Latin name also counts without its capital (default {@code false}); for query
 *       analyzers, where names are often typed in lower case ("abu kamal"). Acronyms count only as written.
 * </ul>
 *
 * The names of the bundled lexicons are decided once per process; lexicon files of the user's own are read by each
 * factory, so a reloaded core reads them again.
 */
public class RasmCanonicalIdFilterFactory extends TokenFilterFactory {
  /** SPI name */
  public static final String NAME = "rasmCanonicalId";

  private final NameIndex names;
  private final Set<String> types;
  private final boolean keepOriginal;
  private final boolean ignoreCase;

  public RasmCanonicalIdFilterFactory(Map<String, String> args) {
    super(args);
    String lexicons = get(args, "lexicons");
    boolean typesGiven = args.containsKey("types");
    Set<String> typeArgs = getSet(args, "types");
    keepOriginal = getBoolean(args, "keepOriginal", true);
    ignoreCase = getBoolean(args, "ignoreCase", false);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
    if (!typesGiven) {
      types = null;
    } else if (typeArgs == null || typeArgs.isEmpty()) {
      throw new IllegalArgumentException("types: expected some of place, actor, outlet, country");
    } else {
      Set<String> checked = new LinkedHashSet<>();
      for (String t : typeArgs) {
        checked.add(EntityType.of(t).id()); // throws for an unknown type
      }
      types = Set.copyOf(checked);
    }
    List<Path> files = lexicons == null ? List.of() : splitFileNames(lexicons).stream().map(Path::of).toList();
    try {
      names = NameIndexes.of(files);
    } catch (LexiconException e) {
      throw new IllegalArgumentException("lexicons: " + e.getMessage(), e); // an argument that does not work, as the others
    }
  }

  /** Default ctor for compatibility with SPI */
  public RasmCanonicalIdFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new RasmCanonicalIdFilter(input, names, types, keepOriginal, ignoreCase);
  }
}
