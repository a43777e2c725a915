package org.sdghub.partners.repository;

import java.util.List;
import java.util.UUID;
import org.sdghub.partners.domain.MatchReason;

/**
 * Two registered organisations that look like one, and why: in each reason, {@code field} is the
 * first one's field and {@code existingField} the second one's.
 */
public record DuplicatePairRow(UUID first, UUID second, List<MatchReason> reasons) {}
