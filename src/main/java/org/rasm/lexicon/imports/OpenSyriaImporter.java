package org.rasm.lexicon.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasm.lexicon.Entity;
import org.rasm.lexicon.EntityType;

/**
 * Reads OpenSyria's administrative units ({@code governorates.json}, {@code districts.json},
 * {@code subdistricts.json} from Open-Syria/data-geography) into place entities: every English and Arabic name and
 * alias, the OCHA P-code, GeoNames and Wikidata ids, the centroid. New ids read {@code place:SLUG-governorate},
 * {@code place:SLUG-district}, {@code place:SLUG-subdistrict}; the district slug is put in front of a subdistrict
 * slug that two districts share.
 *
 * <pre>{@code
 * List<Entity> units = OpenSyriaImporter.read(Path.of("data-geography/data"));
 * }</pre>
 */
public final class OpenSyriaImporter {
  private OpenSyriaImporter() {}

  /** The source id imports are matched on: the P-code. */
  public static String sourceKey(Entity e) {
    return e.pcode();
  }

  /**
   * OpenSyria's files are a few hundred kilobytes of flat records: what nests deeper, holds longer numbers or strings,
   * or is larger than this is not one of them, and is refused before it can fill memory.
   */
  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(32).maxNumberLength(100).maxStringLength(1 << 20).maxDocumentLength(256L << 20).build())
      .build());

  public static List<Entity> read(Path dir) throws IOException {
    List<JsonNode> governorates = units(dir.resolve("governorates.json"), "id");
    List<JsonNode> districts = units(dir.resolve("districts.json"), "id", "governorateId");
    List<JsonNode> subdistricts = units(dir.resolve("subdistricts.json"), "id", "districtId", "governorateId");
    Map<String, String> ids = new HashMap<>(); // OpenSyria id -> our id
    List<Entity> out = new ArrayList<>();
    for (JsonNode g : sorted(governorates)) {
      String id = "place:" + localSlug(g.get("id").asText(), "sy") + "-governorate";
      ids.put(g.get("id").asText(), id);
      out.add(entity(g, id, "governorate", ""));
    }
    for (JsonNode d : sorted(districts)) {
      String id = "place:" + localSlug(d.get("id").asText(), d.get("governorateId").asText()) + "-district";
      ids.put(d.get("id").asText(), id);
      out.add(entity(d, id, "district", ids.getOrDefault(d.get("governorateId").asText(), "")));
    }
    Map<String, Integer> slugCounts = new HashMap<>();
    for (JsonNode s : subdistricts) {
      slugCounts.merge(localSlug(s.get("id").asText(), s.get("districtId").asText()), 1, Integer::sum);
    }
    for (JsonNode s : sorted(subdistricts)) {
      String districtId = s.get("districtId").asText();
      String slug = localSlug(s.get("id").asText(), districtId);
      if (slugCounts.get(slug) > 1) {
        slug = localSlug(districtId, s.get("governorateId").asText()) + "-" + slug;
      }
      String id = "place:" + slug + "-subdistrict";
      ids.put(s.get("id").asText(), id);
      out.add(entity(s, id, "subdistrict", ids.getOrDefault(districtId, "")));
    }
    return out;
  }

  /**
   * The units {@code file} lists: a JSON array of objects, each with the text fields {@code required}. Errors name the
   * file, and the line or the unit.
   */
  private static List<JsonNode> units(Path file, String... required) throws IOException {
    JsonNode root;
    try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
      try {
        root = JSON.readTree(parser);
      } catch (JsonProcessingException e) {
        // a limit that is hit carries no location of its own: the parser is where it was hit
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        throw new IOException(file + ":" + at.getLineNr() + ": not OpenSyria JSON: " + e.getOriginalMessage(), e);
      }
    }
    if (root == null || !root.isArray()) {
      throw new IOException(file + ": not OpenSyria JSON: expected an array of units");
    }
    List<JsonNode> units = new ArrayList<>();
    for (JsonNode unit : root) {
      for (String field : required) {
        if (!unit.path(field).isTextual() || unit.path(field).asText().isEmpty()) {
          throw new IOException(file + ": unit " + (units.size() + 1) + " has no text field '" + field + "'");
        }
      }
      units.add(unit);
    }
    return units;
  }

  private static List<JsonNode> sorted(List<JsonNode> units) {
    List<JsonNode> list = new ArrayList<>(units);
    list.sort(Comparator.comparing(n -> n.path("externalIds").path("ochaPcode").asText()));
    return list;
  }

  /** {@code sy-deir-ez-zor-al-mayadin} below {@code sy-deir-ez-zor}: {@code al-mayadin}. */
  private static String localSlug(String id, String parentId) {
    return id.startsWith(parentId + "-") ? id.substring(parentId.length() + 1) : id;
  }

  private static Entity entity(JsonNode n, String id, String subtype, String parent) {
    String nameEn = n.path("name").path("en").asText("");
    String nameAr = n.path("name").path("ar").asText("");
    Set<String> aliases = new LinkedHashSet<>();
    for (JsonNode a : n.path("aliases")) {
      String v = a.path("value").asText("").strip();
      if (!v.isEmpty() && !v.equals(nameEn) && !v.equals(nameAr) && v.indexOf('|') < 0 && v.indexOf('\t') < 0) {
        aliases.add(v);
      }
    }
    JsonNode ext = n.path("externalIds");
    JsonNode centroid = n.path("centroid");
    Double lat = centroid.has("latitude") ? round(centroid.get("latitude").asDouble()) : null;
    Double lon = centroid.has("longitude") ? round(centroid.get("longitude").asDouble()) : null;
    return new Entity(id, EntityType.PLACE, subtype, nameEn, nameAr, new ArrayList<>(aliases), List.of(), parent,
        ext.path("wikidata").asText(""), ext.path("geonames").asText(""), ext.path("ochaPcode").asText(""), lat, lon,
        "opensyria");
  }

  private static double round(double degrees) {
    return Math.round(degrees * 100000) / 100000.0;
  }
}
