package org.sdghub.funding.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A transaction as a client records or corrects it (POST, PUT).
 *
 * @param receiverOrganisationId null: the project's accountable organisation
 * @param transactionDate null: the value date
 */
@Schema(description = "A funding transaction to record, or the corrected state of one")
public record TransactionRequest(
    @Schema(
            description =
                "IATI TransactionType, by code (\"3\") or name (\"disbursement\"): incoming-funds,"
                    + " outgoing-commitment, disbursement, expenditure, interest-payment,"
                    + " loan-repayment, reimbursement, purchase-of-equity, sale-of-equity,"
                    + " credit-guarantee, incoming-commitment, outgoing-pledge, incoming-pledge",
            examples = "disbursement")
        @NotBlank
        @Size(max = 40)
        String type,
    @Schema(description = "The project, as known from projects-service") @NotNull UUID projectId,
    @Schema(description = "The organisation the money comes from") @NotNull
        UUID providerOrganisationId,
    @Schema(description = "The organisation it goes to; default: the project's accountable one")
        UUID receiverOrganisationId,
    @Schema(
            description =
                "The amount, positive, with no more decimals than the currency has (JPY 0, KZT 2,"
                    + " KWD 3); a JSON string or number",
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
            examples = "250000.00")
        @NotNull
        BigDecimal amount,
    @Schema(description = "ISO 4217 currency code", examples = "EUR")
        @NotBlank
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
        String currency,
    @Schema(description = "When the money moved; decides the exchange rate") @NotNull
        LocalDate valueDate,
    @Schema(description = "When the transaction was made; default: the value date")
        LocalDate transactionDate,
    @Schema(description = "What it is for, by language code ({\"en\": …, \"ru\": …})")
        @Size(max = 10)
        Map<
                @Pattern(regexp = "[a-z]{2}", message = "must be a language code such as en")
                String,
                @NotBlank @Size(max = 2000) String>
            description,
    @Schema(description = "IATI FinanceType code, e.g. 110 (standard grant)") @Size(max = 10)
        String financeType,
    @Schema(description = "IATI AidType code, e.g. C01 (project-type interventions)")
        @Size(max = 10)
        String aidType,
    @Schema(description = "IATI FlowType code, e.g. 10 (ODA)") @Size(max = 10) String flowType) {}
