package org.sdghub.partners.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.sdghub.partners.domain.MatchReason;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;

/**
 * Finds the likely and possible duplicates already in the registry: pairs of active organisations
 * that share a name key or an acronym and country, or whose names were found close when one of them
 * was last written ({@code organisation_near_match}), and that no coordinator declared distinct.
 * Names of two government bodies of different countries never pair. A self-join on the indexed
 * keys, in the database.
 */
@ApplicationScoped
public class DuplicatePairRepository {

  private static final String OPEN_MATCHES =
      """
      WITH exact AS (
        SELECT a.organisation_id AS first_id, b.organisation_id AS second_id,
               'same-name' AS rule, a.source AS first_field, b.source AS second_field,
               NULL::real AS score
        FROM organisation_name_key a
        JOIN organisation_name_key b
          ON b.name_key = a.name_key AND a.organisation_id < b.organisation_id
        UNION ALL
        SELECT a.id, b.id, 'same-acronym-and-country', 'acronym', 'acronym', NULL
        FROM organisation a
        JOIN organisation b ON b.acronym_key = a.acronym_key
          AND b.headquarters_country = a.headquarters_country AND a.id < b.id
      ), near AS (
        SELECT least(n.organisation_id, n.other_id) AS first_id,
               greatest(n.organisation_id, n.other_id) AS second_id,
               'similar-name' AS rule,
               CASE WHEN n.organisation_id < n.other_id THEN n.field ELSE n.other_field END
                 AS first_field,
               CASE WHEN n.organisation_id < n.other_id THEN n.other_field ELSE n.field END
                 AS second_field,
               n.score
        FROM organisation_near_match n
      ), matches AS (
        SELECT * FROM exact
        UNION ALL
        -- A pair that already looks like one organisation needs no near match on top.
        SELECT * FROM near m WHERE NOT EXISTS
          (SELECT 1 FROM exact e WHERE e.first_id = m.first_id AND e.second_id = m.second_id)
      ), open_matches AS (
        SELECT m.*, f.name_en AS first_name, s.name_en AS second_name
        FROM matches m
        JOIN organisation f ON f.id = m.first_id AND f.status = 'ACTIVE'
        JOIN organisation s ON s.id = m.second_id AND s.status = 'ACTIVE'
        WHERE NOT EXISTS (SELECT 1 FROM organisation_distinct_pair p
                          WHERE p.organisation_id = m.first_id AND p.other_id = m.second_id)
          AND CASE m.rule
                WHEN 'same-name' THEN NOT (f.government_body AND s.government_body
                                           AND f.headquarters_country <> s.headquarters_country)
                -- Near matches only within one headquarters country.
                WHEN 'similar-name' THEN f.headquarters_country = s.headquarters_country
                ELSE true
              END
      )
      """;

  // Field paths and scores hold no space or comma, so they can travel joined in one text column.
  private static final String PAGE =
      OPEN_MATCHES
          + """
          SELECT first_id, second_id,
                 string_agg(rule || ' ' || first_field || ' ' || second_field
                            || coalesce(' ' || round(score::numeric, 3), ''), ','
                            ORDER BY rule, score DESC, first_field, second_field)
          FROM open_matches
          GROUP BY first_id, second_id, first_name, second_name
          ORDER BY first_name, second_name, first_id, second_id
          LIMIT ?1 OFFSET ?2
          """;

  private static final String COUNT =
      OPEN_MATCHES + "SELECT count(DISTINCT (first_id, second_id)) FROM open_matches";

  private final EntityManager entityManager;

  DuplicatePairRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** One page of pairs, ordered by the English names of the first, then of the second. */
  public Page<DuplicatePairRow> find(PageRequest page) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(PAGE)
            .setParameter(1, page.size())
            .setParameter(2, page.offset())
            .getResultList();
    long total = ((Number) entityManager.createNativeQuery(COUNT).getSingleResult()).longValue();
    return Page.of(rows.stream().map(DuplicatePairRepository::pair).toList(), page, total);
  }

  private static DuplicatePairRow pair(Object[] row) {
    List<MatchReason> reasons =
        Arrays.stream(((String) row[2]).split(","))
            .map(reason -> reason.split(" "))
            .map(
                parts ->
                    new MatchReason(
                        parts[0],
                        parts[1],
                        parts[2],
                        parts.length > 3 ? Double.valueOf(parts[3]) : null))
            .toList();
    return new DuplicatePairRow((UUID) row[0], (UUID) row[1], reasons);
  }
}
