package org.sdghub.gateway.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sdghub.gateway.domain.ReadModelStatus;
import org.sdghub.gateway.domain.WhoWhatWhereDimension;
import org.sdghub.gateway.domain.WhoWhatWhereQuery;
import org.sdghub.gateway.service.ReadModelFreshness;
import org.sdghub.gateway.service.WhoWhatWhereService;
import org.sdghub.platform.InvalidInput;
import org.sdghub.platform.PageRequest;

/** Who does what, where and when: the 3W of the whole region, grouped, listed or exported. */
@Path("/api/v1/who-what-where")
@Tag(name = "who-what-where", description = "The 3W read model: who does what, where, when")
@PerKeyRateLimited
public class WhoWhatWhereResource {

  static final String CSV = "text/csv";
  static final String GEOJSON = "application/geo+json";
  static final String AS_OF_HEADER = "X-Read-Model-As-Of";
  private static final Set<String> OWN = Set.of("groupBy", "format", "page", "size", "sort");

  private final WhoWhatWhereService service;
  private final ReadModelFreshness freshness;
  private final ObjectMapper mapper;

  WhoWhatWhereResource(
      WhoWhatWhereService service, ReadModelFreshness freshness, ObjectMapper mapper) {
    this.service = service;
    this.freshness = freshness;
    this.mapper = mapper;
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, CSV, GEOJSON})
  @Operation(
      summary = "Who does what, where: grouped, listed or exported",
      description = OpenApiText.WHO_WHAT_WHERE)
  public Response query(@Context UriInfo uri, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
    MultivaluedMap<String, String> params = uri.getQueryParameters();
    WhoWhatWhereQuery query = WhoWhatWhereParams.read(params, OWN);
    String format = format(params.getFirst("format"), accept);
    ReadModelStatus status = freshness.status();
    Response.ResponseBuilder response =
        switch (format) {
          case "csv" ->
              Response.ok(csv(query), CSV)
                  .header("Content-Disposition", "attachment; filename=\"who-what-where.csv\"");
          case "geojson" ->
              Response.ok(
                  WhoWhatWhereExports.geoJson(
                      service, ungroupedOnly(query, "GeoJSON"), mapper, status),
                  GEOJSON);
          default -> Response.ok(json(query, params, status), MediaType.APPLICATION_JSON);
        };
    return response.header(AS_OF_HEADER, status.asOf()).build();
  }

  private Object json(
      WhoWhatWhereQuery query, MultivaluedMap<String, String> params, ReadModelStatus status) {
    if (!query.groupBy().isEmpty()) {
      return WhoWhatWhereAnswers.Groups.of(
          query.groupBy().stream().map(WhoWhatWhereDimension::apiName).toList(),
          service.groups(query),
          status);
    }
    PageRequest page =
        PageRequest.of(
            params.getFirst("page"),
            params.getFirst("size"),
            params.getFirst("sort") == null ? "title" : params.getFirst("sort"),
            WhoWhatWhereService.SORTABLE);
    return WhoWhatWhereAnswers.Projects.of(service.projects(query, page), status);
  }

  private Object csv(WhoWhatWhereQuery query) {
    return query.groupBy().isEmpty()
        ? WhoWhatWhereExports.csv(service, query)
        : WhoWhatWhereExports.groupedCsv(query.groupBy(), service.groups(query));
  }

  private static WhoWhatWhereQuery ungroupedOnly(WhoWhatWhereQuery query, String format) {
    if (!query.groupBy().isEmpty()) {
      throw new InvalidInput("groupBy", format + " exports are of rows: leave groupBy out");
    }
    return query;
  }

  /** format= wins; else the Accept header; else JSON. */
  static String format(String format, String accept) {
    if (format != null) {
      return switch (format.strip()) {
        case "json" -> "json";
        case "csv" -> "csv";
        case "geojson" -> "geojson";
        default -> throw new InvalidInput("format", "must be json, csv or geojson");
      };
    }
    if (accept != null && accept.contains(CSV)) {
      return "csv";
    }
    return accept != null && accept.contains(GEOJSON) ? "geojson" : "json";
  }
}
