package org.sdghub.projects.service;

/**
 * A project as the API reads it, ready to send: its JSON (participants named) and its version, the
 * ETag. Compared by identity: the bytes are shared, never changed.
 */
public record RenderedProject(byte[] json, long version) {}
