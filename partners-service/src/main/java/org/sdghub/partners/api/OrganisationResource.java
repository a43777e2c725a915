package org.sdghub.partners.api;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sdghub.partners.service.OrganisationService;
import org.sdghub.partners.service.Permissions;
import org.sdghub.platform.Idempotent;
import org.sdghub.platform.IfMatch;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;

/** The registry of organisations over HTTP: register, read, revise, archive and list. */
@Path(OrganisationResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "The registry of UN entities, donors, governments, NGOs")
@SecurityRequirement(name = OpenApiDocs.SECURITY_SCHEME)
public class OrganisationResource {

  static final String PATH = "/api/v1/organisations";

  private final OrganisationService organisations;
  private final Permissions permissions;

  OrganisationResource(OrganisationService organisations, Permissions permissions) {
    this.organisations = organisations;
    this.permissions = permissions;
  }

  @POST
  @Idempotent
  @Parameter(
      in = ParameterIn.HEADER,
      name = Idempotent.HEADER,
      description = OpenApiDocs.IDEMPOTENCY_KEY,
      schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
  @Operation(
      operationId = "createOrganisation",
      summary = "Register an organisation",
      description =
          "Coordinators register organisations; partners propose them: a partner's organisation"
              + " is usable at once but marked proposedBy (the partner's organisation) until a"
              + " coordinator confirms or merges it, and a partner has at most"
              + " sdghub.partners.proposals.max-open-per-partner (20) proposals awaiting review"
              + " (409 too-many-proposals past it). Donors and viewers do neither. Refused with"
              + " 409 when the organisation looks like one already"
              + " registered: the same identifier, a name or alias that normalises to the same key"
              + " in any language and script (case, accents, apostrophes, punctuation ignored;"
              + " Cyrillic romanised by the rules of the name's language; Arabic-script variants"
              + " folded), or the same acronym with the same headquarters country. Two government"
              + " bodies meet by name only within one country. A coordinator who knows it is a"
              + " different organisation repeats the request with allowDuplicateOf naming each"
              + " look-alike (never for a shared identifier). Close names of organisations of"
              + " the same headquarters country do not block: they come back as"
              + " possibleDuplicates, with their similarity, for review.")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = OrganisationProfile.class),
              examples = @ExampleObject(name = "UNDP", value = ApiExamples.PROFILE)))
  @APIResponse(
      responseCode = "201",
      description =
          "Registered (or proposed, with proposedBy); published as"
              + " org.sdghub.organisation.created.v1",
      headers = {
        @Header(name = "Location", description = "The new organisation's URL"),
        @Header(name = "ETag", description = "Its version, for If-Match")
      },
      content =
          @Content(
              schema = @Schema(implementation = OrganisationView.class),
              examples = {
                @ExampleObject(name = "UNDP", value = ApiExamples.ORGANISATION),
                @ExampleObject(
                    name = "with a possible duplicate",
                    value = ApiExamples.ORGANISATION_WITH_POSSIBLE_DUPLICATE)
              }))
  @APIResponse(
      responseCode = "400",
      description = "Invalid input: the fields at fault are listed in errors",
      content =
          @Content(
              mediaType = OpenApiDocs.PROBLEM_JSON,
              schema = @Schema(ref = "Problem"),
              examples = @ExampleObject(name = "unknown prefix", value = ApiExamples.INVALID)))
  @APIResponse(
      responseCode = "409",
      description =
          "Looks like a registered organisation (existing names it), the partner has too many"
              + " open proposals, or Idempotency-Key in progress",
      content =
          @Content(
              mediaType = OpenApiDocs.PROBLEM_JSON,
              schema = @Schema(ref = "Problem"),
              examples = @ExampleObject(name = "duplicate", value = ApiExamples.DUPLICATE)))
  public Response create(
      @Parameter(
              description =
                  "Coordinators only: ids of look-alike organisations that this one is knowingly"
                      + " different from. Repeatable.",
              schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class))
          @QueryParam("allowDuplicateOf")
          List<String> allowDuplicateOf,
      @Valid OrganisationProfile profile) {
    var actor = permissions.requireRegistrarOrProposer();
    OrganisationView created =
        organisations.create(
            profile, QueryValues.uuids("allowDuplicateOf", allowDuplicateOf), actor);
    return Response.created(URI.create(PATH + "/" + created.id())).entity(created).build();
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getOrganisation",
      summary = "Read an organisation",
      description = "Every authenticated caller.")
  @APIResponse(
      responseCode = "200",
      description = "The organisation",
      headers = @Header(name = "ETag", description = "Its version, for If-Match"),
      content =
          @Content(
              schema = @Schema(implementation = OrganisationView.class),
              examples = @ExampleObject(name = "UNDP", value = ApiExamples.ORGANISATION)))
  public OrganisationView get(
      @Parameter(description = "Organisation id") @PathParam("id") UUID id) {
    permissions.requireReader();
    return organisations.find(id);
  }

  @PUT
  @Path("{id}")
  @Operation(
      operationId = "updateOrganisation",
      summary = "Replace an organisation's profile",
      description =
          "Coordinators, a partner or donor for its own organisation (the token's org), or the"
              + " partner that proposed it while the proposal awaits confirmation. Only"
              + " coordinators (and that proposer) change identifier or kind. Needs If-Match with the ETag read. An"
              + " archived organisation no longer changes (409). The duplicate check applies to"
              + " what the change introduces, as on create; close names come back as"
              + " possibleDuplicates.")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = OrganisationProfile.class),
              examples = @ExampleObject(name = "UNDP", value = ApiExamples.PROFILE)))
  @APIResponse(
      responseCode = "200",
      description = "Updated; published as org.sdghub.organisation.updated.v1 (unless unchanged)",
      headers = @Header(name = "ETag", description = "The new version"),
      content = @Content(schema = @Schema(implementation = OrganisationView.class)))
  @APIResponse(
      responseCode = "409",
      description = "Looks like another registered organisation, or archived",
      content =
          @Content(
              mediaType = OpenApiDocs.PROBLEM_JSON,
              schema = @Schema(ref = "Problem"),
              examples = @ExampleObject(name = "duplicate", value = ApiExamples.DUPLICATE)))
  public OrganisationView update(
      @Parameter(description = "Organisation id") @PathParam("id") UUID id,
      @Parameter(description = "The ETag read, e.g. \"3\"", required = true)
          @HeaderParam(IfMatch.HEADER)
          String ifMatch,
      @Parameter(
              description = "Coordinators only: look-alike organisations this one differs from.",
              schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class))
          @QueryParam("allowDuplicateOf")
          List<String> allowDuplicateOf,
      @Valid OrganisationProfile profile) {
    var actor = permissions.requireProfileEditorRole();
    return organisations.update(
        id,
        IfMatch.require(ifMatch),
        profile,
        QueryValues.uuids("allowDuplicateOf", allowDuplicateOf),
        actor);
  }

  @POST
  @Path("{id}/archive")
  @Idempotent
  @Parameter(
      in = ParameterIn.HEADER,
      name = Idempotent.HEADER,
      description = OpenApiDocs.IDEMPOTENCY_KEY,
      schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
  @Operation(
      operationId = "archiveOrganisation",
      summary = "Archive an organisation",
      description =
          "Coordinators only. There is no delete: projects and funding keep referring to the"
              + " organisation, which stays readable with status archived and no longer changes."
              + " Needs If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Archived; published as org.sdghub.organisation.archived.v1",
      headers = @Header(name = "ETag", description = "The new version"),
      content = @Content(schema = @Schema(implementation = OrganisationView.class)))
  @APIResponse(
      responseCode = "409",
      description = "Already archived, or Idempotency-Key in progress",
      content = @Content(mediaType = OpenApiDocs.PROBLEM_JSON, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "412",
      description = "If-Match names a version that is no longer current",
      content = @Content(mediaType = OpenApiDocs.PROBLEM_JSON, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "428",
      description = "If-Match is required",
      content = @Content(mediaType = OpenApiDocs.PROBLEM_JSON, schema = @Schema(ref = "Problem")))
  public Response archive(
      @Parameter(description = "Organisation id") @PathParam("id") UUID id,
      @Parameter(description = "The ETag read, e.g. \"3\"", required = true)
          @HeaderParam(IfMatch.HEADER)
          String ifMatch) {
    permissions.requireCoordinator();
    return Response.ok(organisations.archive(id, IfMatch.require(ifMatch))).build();
  }

  @GET
  @Operation(
      operationId = "listOrganisations",
      summary = "List organisations",
      description =
          "Every authenticated caller. Filters combine with AND. Sorted by id unless sort is"
              + " given; id always breaks ties, so pages are stable.")
  @APIResponse(
      responseCode = "200",
      description = "One page: {items, page, size, total}",
      content = @Content(schema = @Schema(implementation = OrganisationPage.class)))
  public Page<OrganisationView> list(@BeanParam OrganisationListParams params) {
    permissions.requireReader();
    PageRequest page = params.pageRequest();
    return organisations.list(params.query(), page);
  }

  /** The shape of a page of organisations, for the OpenAPI document. */
  @Schema(name = "OrganisationPage")
  record OrganisationPage(List<OrganisationView> items, int page, int size, long total) {}
}
