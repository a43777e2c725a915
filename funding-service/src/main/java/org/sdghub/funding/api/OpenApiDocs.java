package org.sdghub.funding.api;

/**
 * Constants shared by the resources' OpenAPI annotations; the document's title, description and
 * security scheme are set in {@code application.properties} ({@code quarkus.smallrye-openapi.*}).
 */
final class OpenApiDocs {

  static final String SECURITY_SCHEME = "gatewayToken";

  static final String IDEMPOTENCY_KEY =
      "Client key (1-255 visible ASCII): a retry with the same key and body within 24 hours gets"
          + " the first response again (Idempotent-Replayed: true) instead of a second effect";

  static final String IF_MATCH = "The transaction's ETag as read, e.g. \"3\"";

  static final String TRANSACTION_ID = "Transaction id";

  static final String FIGURES =
      "Figures count transactions not withdrawn, in USD at each one's stored rate: pledged ="
          + " outgoing pledges (12) + incoming pledges (13), shown but never counted as funding;"
          + " committed = outgoing commitments (2) + incoming commitments (11); disbursed ="
          + " disbursements (3) + incoming funds (1); expended = expenditure (4). Types 5-10"
          + " (interest, loan repayment, reimbursement, equity, credit guarantee) add to no figure."
          + " A flow both sides report (the provider's 3, 2 or 12 and the receiver's 1, 11 or 13"
          + " with the same provider, receiver, project, amount and currency, value dates at most"
          + " sdghub.funding.match-tolerance-days apart, default 14) counts once, at the provider's"
          + " USD value. gap = budget − committed; percentFunded = committed ÷ budget × 100. The"
          + " budget is converted to USD at the rate of the project's planned start date (else"
          + " actual start), or the nearest earlier one within sdghub.funding.rate-window-days"
          + " (default 31); a budget without such a rate counts as none. A project in several"
          + " countries splits its budget and figures by its recipient-country percentages.";

  static final String WHO_RECORDS =
      " Coordinators: any. Donors: transactions whose provider is their organisation. Partners:"
          + " incoming funds and expenditure on projects their organisation reports or is"
          + " accountable for; commitments and disbursements their organisation provides.";

  private OpenApiDocs() {}
}
