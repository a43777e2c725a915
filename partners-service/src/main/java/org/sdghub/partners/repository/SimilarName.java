package org.sdghub.partners.repository;

import java.util.UUID;

/**
 * A registered organisation's name close to a name of the one being checked: the candidate's field,
 * the registered one's field and their trigram similarity (0 to 1).
 */
public record SimilarName(UUID organisation, String field, String existingField, double score) {}
