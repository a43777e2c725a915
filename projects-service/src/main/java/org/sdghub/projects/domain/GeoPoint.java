package org.sdghub.projects.domain;

/** A point in WGS 84 degrees. */
public record GeoPoint(double lat, double lon) {}
