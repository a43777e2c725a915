package org.sdghub.projects.service;

/**
 * A value of a project's sub-resource and the project's version it belongs to (the ETag a client
 * sends back to change it again).
 */
public record AtVersion<T>(T value, long version) {}
