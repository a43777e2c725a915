package org.sdghub.partners.domain;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sdghub.platform.Conflict;

/**
 * Answers 409 when a new or changed organisation looks like one already registered: {@code
 * existing} is the id of the closest, {@code duplicates} lists every one with the reasons. A
 * coordinator may confirm it is a different organisation (except for a shared identifier, which
 * names exactly one organisation).
 */
public class DuplicateOrganisation extends Conflict {

  /** The query parameter with which a coordinator confirms the organisations are different. */
  public static final String OVERRIDE_PARAMETER = "allowDuplicateOf";

  public DuplicateOrganisation(List<LikelyDuplicate> duplicates) {
    super(
        "duplicate",
        "Duplicate organisation",
        describe(duplicates),
        Map.of("existing", duplicates.get(0).id(), "duplicates", List.copyOf(duplicates)));
  }

  private static String describe(List<LikelyDuplicate> duplicates) {
    String which =
        duplicates.stream().map(DuplicateOrganisation::describe).collect(Collectors.joining("; "));
    boolean sharedIdentifier =
        duplicates.stream()
            .flatMap(d -> d.reasons().stream())
            .anyMatch(r -> r.rule().equals(MatchReason.SAME_IDENTIFIER));
    String remedy =
        sharedIdentifier
            ? " An IATI identifier names one organisation: correct it, or update the existing one."
            : " Use the existing organisation; a coordinator who knows they are different may"
                + " repeat the request with "
                + OVERRIDE_PARAMETER
                + "=<id> for each.";
    return "This looks like an organisation already registered: " + which + "." + remedy;
  }

  private static String describe(LikelyDuplicate duplicate) {
    String why =
        duplicate.reasons().stream()
            .map(r -> r.field() + " matches its " + r.existingField())
            .collect(Collectors.joining(", "));
    String identifier = duplicate.identifier() == null ? "" : duplicate.identifier() + " ";
    return "%s\"%s\" (id %s; %s)".formatted(identifier, duplicate.name(), duplicate.id(), why);
  }
}
