package org.sdghub.partners.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sdghub.partners.api.OrganisationProfile;
import org.sdghub.partners.domain.ReferenceCodes;
import org.sdghub.platform.FieldError;
import org.sdghub.platform.InvalidInput;

/**
 * The rules of a profile that need the code lists (the annotations on the request record check the
 * rest): all broken rules are answered together, as one 400 naming each field.
 */
final class ProfileRules {

  private ProfileRules() {}

  /** Passes if the profile uses only known codes and a usable website, else throws a 400. */
  static void check(OrganisationProfile profile) {
    List<FieldError> errors = new ArrayList<>();
    if (profile.identifier() != null
        && !profile.identifier().isBlank()
        && ReferenceCodes.registrationAgencyOf(profile.identifier().trim()).isEmpty()) {
      errors.add(
          new FieldError(
              "identifier",
              "must start with the prefix of an active IATI registration agency, such as XM-DAC"
                  + " or KZ-BIN, followed by a hyphen and the identifier in that list"));
    }
    if (!ReferenceCodes.isOrganisationType(profile.type())) {
      errors.add(new FieldError("type", "is not a code of the IATI OrganisationType list"));
    }
    checkCountry(errors, "headquartersCountry", profile.headquartersCountry());
    List<String> countries = profile.countries() == null ? List.of() : profile.countries();
    for (int i = 0; i < countries.size(); i++) {
      checkCountry(errors, "countries[" + i + "]", countries.get(i));
    }
    if (profile.website() != null && !profile.website().isBlank() && !isWebUrl(profile.website())) {
      errors.add(new FieldError("website", "must be an absolute http or https URL"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }

  private static void checkCountry(List<FieldError> errors, String field, String code) {
    if (!ReferenceCodes.isCountry(code)) {
      errors.add(new FieldError(field, "is not an ISO 3166-1 alpha-2 country code"));
    }
  }

  private static boolean isWebUrl(String value) {
    try {
      URI uri = new URI(value.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
