package org.rasm.lexicon.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.rasm.lexicon.Entity;
import org.rasm.lexicon.RefusedAliases;

/**
 * Merges freshly imported entities into the rows a lexicon file already has, so that re-importing newer source
 * data renumbers nothing: an imported entity that matches an existing row by its source id (P-code, GeoNames id)
 * keeps that row's id, and the aliases added to the row by hand are kept after the source's own. Aliases the
 * maintainers refused ({@link RefusedAliases}) are left out. Rows the import does not know are kept as they are.
 */
public final class ImportMerge {
  private ImportMerge() {}

  /** The merged rows: existing rows in their order, updated where matched, then the new ones in import order. */
  public static List<Entity> merge(List<Entity> existing, List<Entity> imported, Function<Entity, String> sourceKey,
      Set<String> takenIds, RefusedAliases refused) {
    Map<String, Entity> existingBySource = new HashMap<>();
    for (Entity e : existing) {
      String k = sourceKey.apply(e);
      if (k != null && !k.isEmpty()) {
        existingBySource.putIfAbsent(k, e);
      }
    }
    Set<String> used = new HashSet<>(takenIds);
    existing.forEach(e -> used.add(e.id()));
    // two imported places may propose one id (two villages of one name): ids are kept by position
    List<String> finalIds = new ArrayList<>(imported.size());
    Map<String, Integer> proposed = new HashMap<>();
    for (Entity e : imported) {
      proposed.merge(e.id(), 1, Integer::sum);
    }
    Map<String, String> parentIds = new HashMap<>(); // only proposed ids that name one entity can be parents
    for (Entity e : imported) {
      Entity match = existingBySource.get(sourceKey.apply(e));
      String id = match != null ? match.id() : unique(e.id(), used);
      used.add(id);
      finalIds.add(id);
      if (proposed.get(e.id()) == 1) {
        parentIds.put(e.id(), id);
      }
    }
    Map<String, Entity> merged = new LinkedHashMap<>();
    existing.forEach(e -> merged.put(e.id(), e));
    for (int i = 0; i < imported.size(); i++) {
      Entity e = imported.get(i);
      String id = finalIds.get(i);
      String parent = parentIds.getOrDefault(e.parent(), e.parent());
      Entity updated = e.withId(id).withParent(parent);
      Entity old = merged.get(id);
      if (old != null) {
        updated = updated.withAliases(old.aliases()); // keep what people added by hand
      }
      merged.put(id, refused.applyTo(updated));
    }
    return new ArrayList<>(merged.values());
  }

  private static String unique(String id, Set<String> used) {
    if (!used.contains(id)) {
      return id;
    }
    for (int n = 2; ; n++) {
      String candidate = id + "-" + n;
      if (!used.contains(candidate)) {
        return candidate;
      }
    }
  }
}
