package org.sdghub.projects.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sdghub.projects.service.ReferenceData;

/**
 * The reference data projects refer to, over HTTP: SDG goals, targets and indicators, the six
 * countries and their first-level areas, and the code lists of status, role, sector and currency.
 */
@Path(ReferenceResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Reference data",
    description =
        "SDG goals, targets and indicators (en ru kk ky tg tk), the six countries and their"
            + " first-level areas (ISO 3166), IATI and ISO code lists")
@SecurityRequirement(name = ReferenceDocs.SECURITY_SCHEME)
public class ReferenceResource {

  static final String PATH = "/api/v1/reference";

  private final ReferenceData reference;
  private final ReferenceCaching caching;

  ReferenceResource(ReferenceData reference, ReferenceCaching caching) {
    this.reference = reference;
    this.caching = caching;
  }

  @GET
  @Path("sdg-goals")
  @Operation(
      operationId = "listSdgGoals",
      summary = "List the 17 SDG goals",
      description =
          "Each goal's number, title and short title in English, Russian, Kazakh, Kyrgyz, Tajik"
              + " and Turkmen."
              + ReferenceDocs.WHOLE_LIST)
  @APIResponse(
      responseCode = "200",
      description = ReferenceDocs.CACHED,
      headers = {
        @Header(name = "ETag", description = ReferenceDocs.ETAG),
        @Header(name = "Cache-Control", description = ReferenceDocs.CACHE_CONTROL)
      },
      content =
          @Content(
              schema = @Schema(implementation = ReferenceViews.SdgGoalList.class),
              examples = @ExampleObject(name = "goal 6", value = ReferenceDocs.GOALS)))
  @APIResponse(responseCode = "304", description = ReferenceDocs.NOT_MODIFIED)
  public Response goals(@Context Request request) {
    return caching.respond(request, "sdg-goals", reference::goals);
  }

  @GET
  @Path("sdg-targets")
  @Operation(
      operationId = "listSdgTargets",
      summary = "List the 169 SDG targets",
      description =
          "Each target's code (6.4, 6.a) and text in the six languages, numbered targets before"
              + " lettered ones as the UN lists them; of one goal with goal."
              + ReferenceDocs.WHOLE_LIST)
  @APIResponse(
      responseCode = "200",
      description = ReferenceDocs.CACHED,
      headers = {
        @Header(name = "ETag", description = ReferenceDocs.ETAG),
        @Header(name = "Cache-Control", description = ReferenceDocs.CACHE_CONTROL)
      },
      content =
          @Content(
              schema = @Schema(implementation = ReferenceViews.SdgTargetList.class),
              examples = @ExampleObject(name = "goal=6", value = ReferenceDocs.TARGETS)))
  @APIResponse(responseCode = "304", description = ReferenceDocs.NOT_MODIFIED)
  @APIResponse(
      responseCode = "400",
      description = "goal is not a goal number from 1 to 17",
      content =
          @Content(
              mediaType = ReferenceDocs.PROBLEM_JSON,
              schema = @Schema(ref = "Problem"),
              examples = @ExampleObject(name = "goal=18", value = ReferenceDocs.BAD_GOAL)))
  public Response targets(
      @Context Request request,
      @Parameter(
              description = "Only the targets of this goal",
              example = "6",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "17"))
          @QueryParam("goal")
          String goal) {
    return caching.respond(request, "sdg-targets?goal=" + goal, () -> reference.targets(goal));
  }

  @GET
  @Path("sdg-indicators")
  @Operation(
      operationId = "listSdgIndicators",
      summary = "List the global SDG indicators",
      description =
          "Each indicator's code (6.4.2), the target it measures and its text in the six"
              + " languages; of one goal with goal, of one target with target (which must then"
              + " belong to that goal). An indicator that measures two targets is listed under"
              + " each."
              + ReferenceDocs.WHOLE_LIST)
  @APIResponse(
      responseCode = "200",
      description = ReferenceDocs.CACHED,
      headers = {
        @Header(name = "ETag", description = ReferenceDocs.ETAG),
        @Header(name = "Cache-Control", description = ReferenceDocs.CACHE_CONTROL)
      },
      content =
          @Content(
              schema = @Schema(implementation = ReferenceViews.SdgIndicatorList.class),
              examples =
                  @ExampleObject(name = "goal=6&target=6.4", value = ReferenceDocs.INDICATORS)))
  @APIResponse(responseCode = "304", description = ReferenceDocs.NOT_MODIFIED)
  @APIResponse(
      responseCode = "400",
      description =
          "goal is not a goal number from 1 to 17, target is not one of the 169 targets, or"
              + " target is not a target of goal",
      content =
          @Content(
              mediaType = ReferenceDocs.PROBLEM_JSON,
              schema = @Schema(ref = "Problem"),
              examples = {
                @ExampleObject(name = "goal=7&target=6.4", value = ReferenceDocs.BAD_TARGET),
                @ExampleObject(name = "goal=0", value = ReferenceDocs.BAD_GOAL)
              }))
  public Response indicators(
      @Context Request request,
      @Parameter(
              description = "Only the indicators of this goal",
              example = "6",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "17"))
          @QueryParam("goal")
          String goal,
      @Parameter(
              description = "Only the indicators of this target (of goal, when both are given)",
              example = "6.4",
              schema = @Schema(type = SchemaType.STRING, pattern = ReferenceDocs.TARGET_PATTERN))
          @QueryParam("target")
          String target) {
    return caching.respond(
        request,
        "sdg-indicators?goal=" + goal + "&target=" + target,
        () -> reference.indicators(goal, target));
  }

  @GET
  @Path("countries")
  @Operation(
      operationId = "listCountries",
      summary = "List the six countries",
      description =
          "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan and Afghanistan: ISO"
              + " 3166-1 alpha-2 code, English and Russian names, an approximate centre."
              + ReferenceDocs.WHOLE_LIST)
  @APIResponse(
      responseCode = "200",
      description = ReferenceDocs.CACHED,
      headers = {
        @Header(name = "ETag", description = ReferenceDocs.ETAG),
        @Header(name = "Cache-Control", description = ReferenceDocs.CACHE_CONTROL)
      },
      content =
          @Content(
              schema = @Schema(implementation = ReferenceViews.CountryList.class),
              examples = @ExampleObject(name = "Kazakhstan", value = ReferenceDocs.COUNTRIES)))
  @APIResponse(responseCode = "304", description = ReferenceDocs.NOT_MODIFIED)
  public Response countries(@Context Request request) {
    return caching.respond(request, "countries", reference::countries);
  }

  @GET
  @Path("admin-areas")
  @Operation(
      operationId = "listAdminAreas",
      summary = "List the first-level areas of the six countries",
      description =
          "The 88 regions, oblasts, viloyats, provinces and cities of first-level rank: ISO"
              + " 3166-2 code as currently published (Kazakhstan's numeric codes of 2022, with"
              + " the alphabetic codes they replace in formerCodes), English and Russian names,"
              + " an approximate centre; of one country with country."
              + ReferenceDocs.WHOLE_LIST)
  @APIResponse(
      responseCode = "200",
      description = ReferenceDocs.CACHED,
      headers = {
        @Header(name = "ETag", description = ReferenceDocs.ETAG),
        @Header(name = "Cache-Control", description = ReferenceDocs.CACHE_CONTROL)
      },
      content =
          @Content(
              schema = @Schema(implementation = ReferenceViews.AdminAreaList.class),
              examples = @ExampleObject(name = "country=KZ", value = ReferenceDocs.ADMIN_AREAS)))
  @APIResponse(responseCode = "304", description = ReferenceDocs.NOT_MODIFIED)
  @APIResponse(
      responseCode = "400",
      description = "country is not one of the six",
      content =
          @Content(
              mediaType = ReferenceDocs.PROBLEM_JSON,
              schema = @Schema(ref = "Problem"),
              examples = @ExampleObject(name = "country=RU", value = ReferenceDocs.BAD_COUNTRY)))
  public Response adminAreas(
      @Context Request request,
      @Parameter(
              description = "Only the areas of this country (ISO 3166-1 alpha-2)",
              example = "KZ",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"AF", "KG", "KZ", "TJ", "TM", "UZ"}))
          @QueryParam("country")
          String country) {
    return caching.respond(
        request, "admin-areas?country=" + country, () -> reference.adminAreas(country));
  }

  @GET
  @Path("codelists/{name}")
  @Operation(
      operationId = "getCodeList",
      summary = "List one code list",
      description =
          "The IATI and ISO code lists the projects API uses: activity-status (IATI"
              + " ActivityStatus) and organisation-role (IATI OrganisationRole), each entry with"
              + " the word the API uses for it in value; sector (the active OECD DAC 5-digit"
              + " purpose codes, IATI Sector); currency (active ISO 4217, with Russian names);"
              + " country (IATI Country, ISO 3166-1) and region (IATI Region), for recipient"
              + " countries and regions."
              + ReferenceDocs.WHOLE_LIST)
  @APIResponse(
      responseCode = "200",
      description = ReferenceDocs.CACHED,
      headers = {
        @Header(name = "ETag", description = ReferenceDocs.ETAG),
        @Header(name = "Cache-Control", description = ReferenceDocs.CACHE_CONTROL)
      },
      content =
          @Content(
              schema = @Schema(implementation = ReferenceViews.CodelistEntryList.class),
              examples = @ExampleObject(name = "activity-status", value = ReferenceDocs.CODELIST)))
  @APIResponse(responseCode = "304", description = ReferenceDocs.NOT_MODIFIED)
  @APIResponse(
      responseCode = "404",
      description = "No code list of that name",
      content =
          @Content(
              mediaType = ReferenceDocs.PROBLEM_JSON,
              schema = @Schema(ref = "Problem"),
              examples =
                  @ExampleObject(
                      name = "transaction-type",
                      value = ReferenceDocs.UNKNOWN_CODELIST)))
  public Response codelist(
      @Context Request request,
      @Parameter(
              description = "The code list's name",
              example = "activity-status",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {
                        "activity-status",
                        "organisation-role",
                        "sector",
                        "currency",
                        "country",
                        "region"
                      }))
          @PathParam("name")
          String name) {
    return caching.respond(request, "codelists/" + name, () -> reference.codelist(name));
  }
}
