package org.sdghub.partners.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sdghub.platform.Versioned;

/** A contact as coordinators and its own organisation see it; its version is also its ETag. */
@Schema(description = "A contact person of an organisation (personal data).")
public record ContactView(
    UUID id,
    UUID organisationId,
    @Schema(example = "Aigerim Sadykova") String name,
    @Schema(nullable = true) String position,
    @Schema(nullable = true) String email,
    @Schema(nullable = true) String phone,
    long version,
    Instant createdAt,
    Instant updatedAt)
    implements Versioned {}
