package org.sdghub.partners.service;

import java.util.UUID;

/**
 * Who performs a change, as far as the use cases care: the caller's organisation, and whether it is
 * a coordinator (who may change any organisation's identity and override the duplicate check).
 */
public record Actor(UUID organisationId, boolean coordinator) {}
