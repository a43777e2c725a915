package org.sdghub.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** How many units of a currency one US dollar bought on a date, and who says so. */
@Entity
@Table(name = "exchange_rate")
public class ExchangeRate {

  @Id public UUID id;

  public String currency;

  @Column(name = "rate_date")
  public LocalDate date;

  @Column(name = "units_per_usd")
  public BigDecimal unitsPerUsd;

  public String source;

  @Version public long version;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
