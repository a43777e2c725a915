package org.sdghub.gateway.api;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.sdghub.gateway.domain.AreaReference;
import org.sdghub.gateway.domain.WhoWhatWhereDimension;
import org.sdghub.gateway.domain.WhoWhatWhereQuery;
import org.sdghub.platform.InvalidInput;
import org.sdghub.platform.QueryParams;

/**
 * Reads the who-what-where filters from query parameters (each a comma-separated list, or repeated)
 * into a query; a bad value answers 400 naming its parameter, and so does an unknown parameter.
 */
final class WhoWhatWhereParams {

  static final Set<String> STATUSES =
      Set.of("pipeline", "implementation", "finalisation", "closed", "cancelled", "suspended");
  static final Set<String> ROLES = Set.of("funding", "accountable", "extending", "implementing");
  static final Set<String> KINDS =
      Set.of(
          "un-entity",
          "donor-government",
          "development-bank",
          "national-government",
          "ngo",
          "private-sector",
          "academic",
          "foundation");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern AREA = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
  private static final AreaReference AREAS = AreaReference.load();
  private static final Pattern TARGET = Pattern.compile("[0-9]{1,2}\\.([0-9]{1,2}|[a-z])");
  private static final Pattern ORG_TYPE = Pattern.compile("[0-9]{2}");
  static final Set<String> FILTERS =
      Set.of(
          "country",
          "adminArea",
          "sdgGoal",
          "sdgTarget",
          "organisation",
          "orgKind",
          "orgType",
          "role",
          "status",
          "activeOn",
          "activeFrom",
          "activeTo");

  private final MultivaluedMap<String, String> params;

  private WhoWhatWhereParams(MultivaluedMap<String, String> params) {
    this.params = params;
  }

  /** The query of these parameters; {@code others} are the endpoint's own further parameters. */
  static WhoWhatWhereQuery read(MultivaluedMap<String, String> params, Set<String> others) {
    for (String name : params.keySet()) {
      if (!FILTERS.contains(name) && !others.contains(name)) {
        throw new InvalidInput(name, "is not a parameter of this endpoint");
      }
    }
    return new WhoWhatWhereParams(params).query();
  }

  private WhoWhatWhereQuery query() {
    LocalDate from = date("activeFrom");
    LocalDate to = date("activeTo");
    if (from != null && to != null && to.isBefore(from)) {
      throw new InvalidInput("activeTo", "must not be before activeFrom");
    }
    return new WhoWhatWhereQuery(
        matching("country", COUNTRY, "an ISO 3166-1 alpha-2 code such as KZ"),
        // A former code (KZ-KZY) finds the area under its current one (KZ-43), the one kept.
        matching("adminArea", AREA, "an ISO 3166-2 code such as KZ-43").stream()
            .map(AREAS::currentCode)
            .distinct()
            .toList(),
        list("sdgGoal", WhoWhatWhereParams::goal),
        matching("sdgTarget", TARGET, "an SDG target such as 6.4"),
        list("organisation", WhoWhatWhereParams::uuid),
        oneOf("orgKind", KINDS),
        matching("orgType", ORG_TYPE, "an IATI OrganisationType code such as 40"),
        oneOf("role", ROLES),
        oneOf("status", STATUSES),
        date("activeOn"),
        from,
        to,
        groupBy());
  }

  private List<WhoWhatWhereDimension> groupBy() {
    List<WhoWhatWhereDimension> dims =
        list(
            "groupBy",
            value ->
                WhoWhatWhereDimension.of(value)
                    .orElseThrow(
                        () ->
                            new IllegalArgumentException(
                                "must be one or two of "
                                    + Arrays.stream(WhoWhatWhereDimension.values())
                                        .map(WhoWhatWhereDimension::apiName)
                                        .toList())));
    if (dims.size() > 2 || (dims.size() == 2 && dims.get(0) == dims.get(1))) {
      throw new InvalidInput("groupBy", "must name one or two different dimensions");
    }
    return dims;
  }

  private List<String> matching(String name, Pattern pattern, String what) {
    return list(
        name,
        value -> {
          if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("must be " + what + ", not " + value);
          }
          return value;
        });
  }

  private List<String> oneOf(String name, Set<String> allowed) {
    return list(
        name,
        value -> {
          if (!allowed.contains(value)) {
            throw new IllegalArgumentException(
                "must be one of " + allowed.stream().sorted().toList());
          }
          return value;
        });
  }

  private <T> List<T> list(String name, Function<String, T> parse) {
    List<T> values = new ArrayList<>();
    for (String raw : params.getOrDefault(name, List.of())) {
      for (String value : raw.split(",", -1)) {
        try {
          values.add(parse.apply(value.strip()));
        } catch (IllegalArgumentException e) {
          throw new InvalidInput(name, e.getMessage());
        }
      }
    }
    return values;
  }

  private LocalDate date(String name) {
    return QueryParams.date(name, params.getFirst(name)).orElse(null);
  }

  private static Integer goal(String value) {
    try {
      int goal = Integer.parseInt(value);
      if (goal >= 1 && goal <= 17) {
        return goal;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new IllegalArgumentException("must be an SDG goal from 1 to 17");
  }

  private static UUID uuid(String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("must be an organisation id (a UUID)");
    }
  }
}
