package org.sdghub.partners.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sdghub.partners.domain.NameKey;

/**
 * Scores names against the registry's with PostgreSQL's {@code pg_trgm}: the trigram similarity of
 * their folded words, found through the trigram index on {@code organisation_name_key.folded}.
 */
@ApplicationScoped
public class SimilarNameRepository {

  // Folded words hold only letters, digits and spaces, so '|' can separate them in one parameter.
  private static final String SIMILAR =
      """
      SELECT k.organisation_id, c.source, k.source, similarity(k.folded, c.folded) AS score
      FROM unnest(string_to_array(?1, '|'), string_to_array(?2, '|'), string_to_array(?3, '|'))
           AS c(source, folded, name_key)
      JOIN organisation_name_key k ON k.folded % c.folded AND k.name_key <> c.name_key
      JOIN organisation o ON o.id = k.organisation_id AND o.headquarters_country = ?5
      WHERE k.organisation_id <> ?4
        AND NOT EXISTS (SELECT 1 FROM organisation_distinct_pair p
                        WHERE p.organisation_id = ?4 AND p.other_id = k.organisation_id)
      ORDER BY score DESC, k.organisation_id, c.source, k.source
      """;

  private final EntityManager entityManager;

  SimilarNameRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * The names of other organisations with headquarters in {@code country} whose similarity to one
   * of {@code names} reaches {@code threshold} without having the same key (that is an exact
   * match), leaving out {@code self} and the organisations a coordinator declared distinct from it;
   * best first. Must run inside a transaction.
   */
  public List<SimilarName> find(
      UUID self, Collection<NameKey> names, String country, double threshold) {
    if (names.isEmpty()) {
      return List.of();
    }
    useThreshold(threshold);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(SIMILAR)
            .setParameter(1, joined(names, NameKey::source))
            .setParameter(2, joined(names, NameKey::folded))
            .setParameter(3, joined(names, NameKey::normalised))
            .setParameter(4, self)
            .setParameter(5, country)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new SimilarName(
                    (UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).doubleValue()))
        .toList();
  }

  /**
   * Replaces the stored near matches of {@code self} (as either side) with {@code near}, found when
   * it was written. Must run inside a transaction.
   */
  public void replaceNearMatches(UUID self, List<SimilarName> near) {
    entityManager
        .createNativeQuery(
            "DELETE FROM organisation_near_match WHERE organisation_id = ?1 OR other_id = ?1")
        .setParameter(1, self)
        .executeUpdate();
    for (SimilarName match : near) {
      entityManager
          .createNativeQuery(
              "INSERT INTO organisation_near_match"
                  + " (organisation_id, other_id, field, other_field, score)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING")
          .setParameter(1, self)
          .setParameter(2, match.organisation())
          .setParameter(3, match.field())
          .setParameter(4, match.existingField())
          .setParameter(5, (float) match.score())
          .executeUpdate();
    }
  }

  /** The trigram similarity of two folded texts, as {@link #find} scores them. */
  public double similarity(String folded, String otherFolded) {
    return ((Number)
            entityManager
                .createNativeQuery("SELECT similarity(?1, ?2)")
                .setParameter(1, folded)
                .setParameter(2, otherFolded)
                .getSingleResult())
        .doubleValue();
  }

  /**
   * Sets the threshold of pg_trgm's {@code %} operator, which lets the trigram index answer, for
   * the rest of the transaction. Must run inside a transaction.
   */
  private void useThreshold(double threshold) {
    entityManager
        .createNativeQuery("SELECT set_config('pg_trgm.similarity_threshold', ?1, true)")
        .setParameter(1, Double.toString(threshold))
        .getSingleResult();
  }

  private static String joined(
      Collection<NameKey> names, java.util.function.Function<NameKey, String> part) {
    return names.stream().map(part).collect(Collectors.joining("|"));
  }
}
