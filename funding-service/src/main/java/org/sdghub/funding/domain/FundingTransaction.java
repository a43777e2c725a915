package org.sdghub.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A funding transaction (IATI): money of one type between two organisations on a project, in its
 * currency and in USD at a known rate. Corrected by new versions, withdrawn but never deleted.
 */
@Entity
@Table(name = "funding_transaction")
public class FundingTransaction {

  @Id public UUID id;

  @Column(name = "project_id")
  public UUID projectId;

  @Column(name = "type_code")
  public String typeCode;

  @Column(name = "provider_id")
  public UUID providerId;

  @Column(name = "receiver_id")
  public UUID receiverId;

  public BigDecimal amount;

  public String currency;

  @Column(name = "value_date")
  public LocalDate valueDate;

  @Column(name = "transaction_date")
  public LocalDate transactionDate;

  @Convert(converter = JsonColumns.Texts.class)
  @ColumnTransformer(write = "?::jsonb")
  public Map<String, String> description;

  @Column(name = "finance_type")
  public String financeType;

  @Column(name = "aid_type")
  public String aidType;

  @Column(name = "flow_type")
  public String flowType;

  @Column(name = "usd_amount")
  public BigDecimal usdAmount;

  public BigDecimal rate;

  @Column(name = "rate_date")
  public LocalDate rateDate;

  @Column(name = "rate_source")
  public String rateSource;

  public boolean withdrawn;

  /** The organisation whose caller recorded the transaction (its first version). */
  @Column(name = "recorded_by")
  public UUID recordedBy;

  @Version public long version;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /** The transaction's IATI type. */
  public TransactionType type() {
    return TransactionType.ofCode(typeCode);
  }

  /** Takes the USD value of a conversion. */
  public void convertedAt(UsdConversion conversion) {
    usdAmount = conversion.usdAmount();
    rate = conversion.unitsPerUsd();
    rateDate = conversion.rateDate();
    rateSource = conversion.source();
  }
}
