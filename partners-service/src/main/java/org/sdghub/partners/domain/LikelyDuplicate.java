package org.sdghub.partners.domain;

import java.util.List;
import java.util.UUID;

/** An organisation already registered that a new or changed one looks like, and why. */
public record LikelyDuplicate(UUID id, String identifier, String name, List<MatchReason> reasons) {}
