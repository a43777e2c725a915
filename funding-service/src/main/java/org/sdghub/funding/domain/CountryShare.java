package org.sdghub.funding.domain;

import java.math.BigDecimal;

/** A recipient country of a project (ISO 3166-1 alpha-2) and its share in percent. */
public record CountryShare(String country, BigDecimal percentage) {}
