package org.sdghub.funding.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sdghub.funding.service.ExchangeRateService;
import org.sdghub.funding.service.Permissions;
import org.sdghub.funding.service.Revaluations;
import org.sdghub.platform.Idempotent;
import org.sdghub.platform.InvalidInput;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;

/** Exchange rates over HTTP: bulk loads (JSON or CSV), the list, and revaluations. */
@Path("/api/v1/exchange-rates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exchange rates", description = "Units of each currency per US dollar, by date")
@SecurityRequirement(name = OpenApiDocs.SECURITY_SCHEME)
public class ExchangeRateResource {

  static final String CSV = "text/csv";
  private static final String LOAD =
      "Coordinators. All or nothing: a bad row (unknown currency, bad date, rate not positive,"
          + " USD not 1, no source, a currency and date twice) refuses the whole upload with"
          + " each row and field named (rows[i].field). A rate for a currency and date already"
          + " held replaces it (a correction) but changes no transaction: the report lists the"
          + " corrected rates in use, to revalue with POST /api/v1/exchange-rates/revaluations."
          + " Each new or corrected rate is published as org.sdghub.exchange-rate.updated.v1.";

  private final ExchangeRateService rates;
  private final Revaluations revaluations;
  private final Permissions permissions;

  ExchangeRateResource(
      ExchangeRateService rates, Revaluations revaluations, Permissions permissions) {
    this.rates = rates;
    this.revaluations = revaluations;
    this.permissions = permissions;
  }

  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @Parameter(
      in = ParameterIn.HEADER,
      name = Idempotent.HEADER,
      description = OpenApiDocs.IDEMPOTENCY_KEY,
      schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
  @Operation(
      operationId = "loadExchangeRates",
      summary = "Load exchange rates (JSON array)",
      description = LOAD)
  @APIResponse(
      responseCode = "200",
      description = "What the upload changed",
      content = @Content(schema = @Schema(implementation = UploadReport.class)))
  public Response loadJson(@NotNull List<ExchangeRateRow> rows) {
    permissions.requireCoordinator();
    return Response.ok(rates.upload(rows)).build();
  }

  @POST
  @Idempotent
  @Consumes(CSV)
  @Parameter(
      in = ParameterIn.HEADER,
      name = Idempotent.HEADER,
      description = OpenApiDocs.IDEMPOTENCY_KEY,
      schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
  @Operation(
      operationId = "loadExchangeRates",
      summary = "Load exchange rates (CSV)",
      description =
          LOAD + " Header currency,date,unitsPerUsd,source; rows[0] is the first line after it.")
  @APIResponse(
      responseCode = "200",
      description = "What the upload changed",
      content = @Content(schema = @Schema(implementation = UploadReport.class)))
  public Response loadCsv(String body) {
    permissions.requireCoordinator();
    return Response.ok(rates.upload(RateCsv.parse(body))).build();
  }

  @GET
  @Operation(
      operationId = "listExchangeRates",
      summary = "List exchange rates",
      description = "Every authenticated caller.")
  @APIResponse(responseCode = "200", description = "A page of rates")
  public Page<ExchangeRateView> list(
      @Parameter(description = "ISO 4217 currency code") @QueryParam("currency") String currency,
      @Parameter(description = "Rates on or after this date") @QueryParam("from") String from,
      @Parameter(description = "Rates on or before this date") @QueryParam("to") String to,
      @Parameter(description = "0-based page number") @QueryParam("page") String page,
      @Parameter(description = "Page size, 1-100 (default 20)") @QueryParam("size") String size,
      @Parameter(description = "date or currency, then ,asc or ,desc") @QueryParam("sort")
          String sort) {
    permissions.requireReader();
    Map<String, String> sortable = Map.of("date", "date", "currency", "currency");
    var code = Filters.text(currency);
    if (code.isPresent() && !code.get().matches("[A-Z]{3}")) {
      throw new InvalidInput("currency", "must be an ISO 4217 code such as EUR");
    }
    return rates.list(
        code,
        Filters.date("from", from),
        Filters.date("to", to),
        PageRequest.of(page, size, sort, sortable));
  }

  @POST
  @Path("revaluations")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @Parameter(
      in = ParameterIn.HEADER,
      name = Idempotent.HEADER,
      description = OpenApiDocs.IDEMPOTENCY_KEY,
      schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
  @Operation(
      operationId = "revalueTransactions",
      summary = "Revalue transactions at the rates held now",
      description =
          "Coordinators. Converts again the transactions not withdrawn in the currency with"
              + " value dates in the range; each whose rate (value, date or source) changed gets"
              + " a new version, recorded in its history as revalued and published as"
              + " org.sdghub.funding.transaction.corrected.v1. The report lists each, before and"
              + " after; the others are left as they are.")
  @APIResponse(
      responseCode = "200",
      description = "What the revaluation changed",
      content = @Content(schema = @Schema(implementation = RevaluationReport.class)))
  public Response revalue(@Valid @NotNull RevaluationRequest request) {
    return Response.ok(revaluations.revalue(request, permissions.requireCoordinator())).build();
  }
}
