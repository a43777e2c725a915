package org.sdghub.platform;

/**
 * One invalid input field of a 400 problem, named by its JSON path as the client sent it (for
 * example {@code name.en} or {@code locations[0].country}) or by its query parameter or header.
 */
public record FieldError(String field, String message) {}
