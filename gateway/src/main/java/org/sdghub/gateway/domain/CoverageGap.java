package org.sdghub.gateway.domain;

/**
 * An SDG target with no active project in a place (a first-level area, or a country).
 *
 * @param place the ISO 3166-2 area or ISO 3166-1 country code
 */
public record CoverageGap(String sdgTarget, String place, String placeName) {}
