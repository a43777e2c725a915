package org.sdghub.partners.api;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Map;
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
import org.sdghub.partners.service.ContactService;
import org.sdghub.partners.service.Permissions;
import org.sdghub.platform.Idempotent;
import org.sdghub.platform.IfMatch;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;

/**
 * An organisation's contacts: personal data that only coordinators and the organisation's own
 * partners or donors see and keep (viewers never do).
 */
@Path(OrganisationResource.PATH + "/{organisationId}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Contacts",
    description =
        "People to contact at an organisation; visible only to coordinators and the organisation")
@SecurityRequirement(name = OpenApiDocs.SECURITY_SCHEME)
public class ContactResource {

  private static final Map<String, String> SORTABLE =
      Map.of("name", "name", "createdAt", "createdAt", "updatedAt", "updatedAt");

  private final ContactService contacts;
  private final Permissions permissions;

  ContactResource(ContactService contacts, Permissions permissions) {
    this.contacts = contacts;
    this.permissions = permissions;
  }

  @GET
  @Operation(
      operationId = "listContacts",
      summary = "List an organisation's contacts",
      description = "Coordinators, and partners or donors of the organisation itself.")
  @APIResponse(
      responseCode = "200",
      description = "One page: {items, page, size, total}",
      content = @Content(schema = @Schema(implementation = ContactPage.class)))
  public Page<ContactView> list(
      @Parameter(description = "Organisation id") @PathParam("organisationId") UUID organisationId,
      @Parameter(
              description = "0-based page number",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
          @QueryParam("page")
          String page,
      @Parameter(
              description = "Page size",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "1",
                      maximum = "100",
                      defaultValue = "20"))
          @QueryParam("size")
          String size,
      @Parameter(
              description = "field or field,asc|desc",
              example = "name",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern = "^(name|createdAt|updatedAt)(,(asc|desc))?$"))
          @QueryParam("sort")
          String sort) {
    permissions.requireContactKeeper(organisationId);
    return contacts.list(organisationId, PageRequest.of(page, size, sort, SORTABLE));
  }

  @POST
  @Idempotent
  @Parameter(
      in = ParameterIn.HEADER,
      name = Idempotent.HEADER,
      description = OpenApiDocs.IDEMPOTENCY_KEY,
      schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
  @Operation(
      operationId = "addContact",
      summary = "Add a contact",
      description =
          "Coordinators, and partners or donors of the organisation itself. Needs an email, a"
              + " phone or both.")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = ContactRequest.class),
              examples = @ExampleObject(name = "officer", value = ApiExamples.CONTACT_REQUEST)))
  @APIResponse(
      responseCode = "201",
      description = "Added",
      headers = {
        @Header(name = "Location", description = "The contact's URL"),
        @Header(name = "ETag", description = "Its version, for If-Match")
      },
      content =
          @Content(
              schema = @Schema(implementation = ContactView.class),
              examples = @ExampleObject(name = "officer", value = ApiExamples.CONTACT)))
  public Response add(
      @Parameter(description = "Organisation id") @PathParam("organisationId") UUID organisationId,
      @Valid ContactRequest request) {
    permissions.requireContactKeeper(organisationId);
    ContactView added = contacts.add(organisationId, request);
    URI location =
        URI.create(OrganisationResource.PATH + "/" + organisationId + "/contacts/" + added.id());
    return Response.created(location).entity(added).build();
  }

  @GET
  @Path("{contactId}")
  @Operation(
      operationId = "getContact",
      summary = "Read a contact",
      description = "Coordinators, and partners or donors of the organisation itself.")
  @APIResponse(
      responseCode = "200",
      description = "The contact",
      headers = @Header(name = "ETag", description = "Its version, for If-Match"),
      content = @Content(schema = @Schema(implementation = ContactView.class)))
  public ContactView get(
      @Parameter(description = "Organisation id") @PathParam("organisationId") UUID organisationId,
      @Parameter(description = "Contact id") @PathParam("contactId") UUID contactId) {
    permissions.requireContactKeeper(organisationId);
    return contacts.find(organisationId, contactId);
  }

  @PUT
  @Path("{contactId}")
  @Operation(
      operationId = "updateContact",
      summary = "Replace a contact's details",
      description =
          "Coordinators, and partners or donors of the organisation itself. Needs If-Match.")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = ContactRequest.class),
              examples = @ExampleObject(name = "officer", value = ApiExamples.CONTACT_REQUEST)))
  @APIResponse(
      responseCode = "200",
      description = "Updated",
      headers = @Header(name = "ETag", description = "The new version"),
      content = @Content(schema = @Schema(implementation = ContactView.class)))
  public ContactView update(
      @Parameter(description = "Organisation id") @PathParam("organisationId") UUID organisationId,
      @Parameter(description = "Contact id") @PathParam("contactId") UUID contactId,
      @Parameter(description = "The ETag read, e.g. \"0\"", required = true)
          @HeaderParam(IfMatch.HEADER)
          String ifMatch,
      @Valid ContactRequest request) {
    permissions.requireContactKeeper(organisationId);
    return contacts.update(organisationId, contactId, IfMatch.require(ifMatch), request);
  }

  @DELETE
  @Path("{contactId}")
  @Operation(
      operationId = "removeContact",
      summary = "Remove a contact",
      description =
          "Coordinators, and partners or donors of the organisation itself. The personal data is"
              + " deleted, not archived. Needs If-Match.")
  @APIResponse(responseCode = "204", description = "Removed")
  public void remove(
      @Parameter(description = "Organisation id") @PathParam("organisationId") UUID organisationId,
      @Parameter(description = "Contact id") @PathParam("contactId") UUID contactId,
      @Parameter(description = "The ETag read, e.g. \"0\"", required = true)
          @HeaderParam(IfMatch.HEADER)
          String ifMatch) {
    permissions.requireContactKeeper(organisationId);
    contacts.remove(organisationId, contactId, IfMatch.require(ifMatch));
  }

  /** The shape of a page of contacts, for the OpenAPI document. */
  @Schema(name = "ContactPage")
  record ContactPage(List<ContactView> items, int page, int size, long total) {}
}
