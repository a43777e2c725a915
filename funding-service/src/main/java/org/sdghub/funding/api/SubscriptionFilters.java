package org.sdghub.funding.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a subscription narrows its messages to. When any is set they replace the default routing
 * (the owner's own transactions and the projects it funds): a message matches when it matches every
 * filter given. Exchange-rate updates concern no project and pass every filter.
 */
@Schema(name = "WebhookSubscriptionFilters")
public record SubscriptionFilters(
    @Schema(description = "Projects (ids) to hear of") @Size(max = 500)
        List<@NotNull UUID> projectIds,
    @Schema(description = "Recipient countries, ISO 3166-1 alpha-2", example = "[\"KZ\"]")
        @Size(max = 50)
        List<
                @NotNull
                @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
                String>
            countries,
    @Schema(description = "SDG goals, 1 to 17", example = "[6]") @Size(max = 17)
        List<@NotNull @Min(1) @Max(17) Integer> sdgGoals) {

  /** No filter: the default routing. */
  public static final SubscriptionFilters NONE =
      new SubscriptionFilters(List.of(), List.of(), List.of());

  public SubscriptionFilters {
    projectIds = projectIds == null ? List.of() : projectIds;
    countries = countries == null ? List.of() : countries;
    sdgGoals = sdgGoals == null ? List.of() : sdgGoals;
  }
}
