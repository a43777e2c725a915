package org.sdghub.funding.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sdghub.funding.service.Permissions;
import org.sdghub.funding.service.TransactionQueries;
import org.sdghub.funding.service.TransactionService;
import org.sdghub.platform.Idempotent;
import org.sdghub.platform.IfMatch;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;

/** Funding transactions over HTTP: record, read, correct, withdraw, list and history. */
@Path(TransactionResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Funding transactions",
    description = "Pledges, commitments, disbursements, expenditure")
@SecurityRequirement(name = OpenApiDocs.SECURITY_SCHEME)
public class TransactionResource {

  static final String PATH = "/api/v1/funding/transactions";
  private static final Map<String, String> SORTABLE =
      Map.of(
          "valueDate", "valueDate",
          "transactionDate", "transactionDate",
          "usdAmount", "usdAmount",
          "createdAt", "createdAt",
          "updatedAt", "updatedAt");
  private static final String MERGE_PATCH = "application/merge-patch+json";

  private final TransactionService transactions;
  private final TransactionQueries queries;
  private final Permissions permissions;

  TransactionResource(
      TransactionService transactions, TransactionQueries queries, Permissions permissions) {
    this.transactions = transactions;
    this.queries = queries;
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
      operationId = "recordTransaction",
      summary = "Record a transaction",
      description =
          "Converted to USD at the rate of its value date or the nearest earlier one within the"
              + " window; 422 naming the field for an unknown or deleted project or organisation,"
              + " too many decimals for the currency, or no rate."
              + OpenApiDocs.WHO_RECORDS)
  @APIResponse(
      responseCode = "201",
      description = "Recorded; published as org.sdghub.funding.transaction.recorded.v1",
      content = @Content(schema = @Schema(implementation = TransactionView.class)))
  @APIResponse(responseCode = "422", description = "The data named does not allow it")
  public Response record(@Valid @NotNull TransactionRequest request) {
    TransactionView recorded = transactions.record(request, permissions.requireRecorder());
    return Response.created(URI.create(PATH + "/" + recorded.id())).entity(recorded).build();
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getTransaction",
      summary = "Read a transaction",
      description = "Every authenticated caller.")
  @APIResponse(responseCode = "200", description = "The transaction, with its ETag")
  public TransactionView get(
      @Parameter(description = OpenApiDocs.TRANSACTION_ID) @PathParam("id") UUID id) {
    permissions.requireReader();
    return transactions.find(id);
  }

  @PUT
  @Path("{id}")
  @Operation(
      operationId = "correctTransaction",
      summary = "Correct a transaction",
      description =
          "Replaces its state as a new version, kept in its history; converted again at the"
              + " rate of its value date. The caller must be allowed both the stored and the"
              + " corrected transaction. 409 if withdrawn."
              + OpenApiDocs.WHO_RECORDS)
  @APIResponse(
      responseCode = "200",
      description = "Corrected; published as org.sdghub.funding.transaction.corrected.v1")
  @APIResponse(responseCode = "422", description = "The data named does not allow it")
  public TransactionView correct(
      @Parameter(description = OpenApiDocs.TRANSACTION_ID) @PathParam("id") UUID id,
      @Parameter(description = OpenApiDocs.IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
      @Valid @NotNull TransactionRequest request) {
    IfMatch precondition = IfMatch.require(ifMatch);
    return transactions.correct(id, precondition, request, permissions.requireRecorder());
  }

  @PATCH
  @Path("{id}")
  @Consumes(MERGE_PATCH)
  @Operation(
      operationId = "patchTransaction",
      summary = "Correct part of a transaction",
      description =
          "A JSON Merge Patch (RFC 7396) of the transaction as a request (the fields of a PUT);"
              + " null removes an optional field. The result is checked and recorded exactly as a"
              + " PUT."
              + OpenApiDocs.WHO_RECORDS)
  @APIResponse(
      responseCode = "200",
      description = "Corrected; published as org.sdghub.funding.transaction.corrected.v1")
  @APIResponse(responseCode = "422", description = "The data named does not allow it")
  public TransactionView patch(
      @Parameter(description = OpenApiDocs.TRANSACTION_ID) @PathParam("id") UUID id,
      @Parameter(description = OpenApiDocs.IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
      @RequestBody(
              content =
                  @Content(
                      mediaType = MERGE_PATCH,
                      schema = @Schema(implementation = TransactionRequest.class)))
          String patch) {
    IfMatch precondition = IfMatch.require(ifMatch);
    return transactions.patch(
        id, precondition, MergePatchBody.read(patch), permissions.requireRecorder());
  }

  @DELETE
  @Path("{id}")
  @Operation(
      operationId = "withdrawTransaction",
      summary = "Withdraw a transaction",
      description =
          "Marks it withdrawn as a new version: it stays readable, with its history, and adds"
              + " to no figure. Nothing is deleted. 409 if already withdrawn."
              + OpenApiDocs.WHO_RECORDS)
  @APIResponse(
      responseCode = "200",
      description = "Withdrawn; published as org.sdghub.funding.transaction.withdrawn.v1")
  public TransactionView withdraw(
      @Parameter(description = OpenApiDocs.TRANSACTION_ID) @PathParam("id") UUID id,
      @Parameter(description = OpenApiDocs.IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch) {
    IfMatch precondition = IfMatch.require(ifMatch);
    return transactions.withdraw(id, precondition, permissions.requireRecorder());
  }

  @GET
  @Path("{id}/history")
  @Operation(
      operationId = "getTransactionHistory",
      summary = "A transaction's history",
      description = "Every version, oldest first: recorded, corrected, revalued, withdrawn.")
  @APIResponse(responseCode = "200", description = "The versions")
  public List<HistoryEntry> history(
      @Parameter(description = OpenApiDocs.TRANSACTION_ID) @PathParam("id") UUID id) {
    permissions.requireReader();
    return queries.history(id);
  }

  @GET
  @Operation(
      operationId = "listTransactions",
      summary = "List transactions",
      description = "Every authenticated caller; withdrawn ones included (status withdrawn).")
  @APIResponse(responseCode = "200", description = "A page of transactions")
  public Page<TransactionView> list(
      @BeanParam Filters filters,
      @Parameter(description = "0-based page number") @QueryParam("page") String page,
      @Parameter(description = "Page size, 1-100 (default 20)") @QueryParam("size") String size,
      @Parameter(
              description =
                  "valueDate, transactionDate, usdAmount, createdAt or updatedAt, then ,asc or"
                      + " ,desc")
          @QueryParam("sort")
          String sort) {
    permissions.requireReader();
    return queries.list(filters.query(), PageRequest.of(page, size, sort, SORTABLE));
  }
}
