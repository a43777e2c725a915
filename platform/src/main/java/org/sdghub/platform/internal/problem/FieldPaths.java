package org.sdghub.platform.internal.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.List;

/**
 * Names an input field the way the client wrote it ({@code name.en}, {@code locations[0].country})
 * from a Bean Validation path or a Jackson path, leaving out Java method and parameter names.
 */
final class FieldPaths {

  /** What a field error names when the whole body is at fault. */
  static final String BODY = "body";

  private FieldPaths() {}

  /** Whether the path is about a method's return value: the server's fault, not the client's. */
  static boolean isReturnValue(Path path) {
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.RETURN_VALUE) {
        return true;
      }
    }
    return false;
  }

  /** The JSON path of a violation; a violated parameter itself is named by the parameter. */
  static String of(Path path) {
    StringBuilder field = new StringBuilder();
    String parameter = null;
    for (Path.Node node : path) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.PARAMETER) {
        parameter = node.getName();
        field.setLength(0);
      } else if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT) {
        appendIndex(field, node);
        if (kind == ElementKind.PROPERTY) {
          appendName(field, node.getName());
        }
      }
    }
    if (field.length() > 0) {
      return field.toString();
    }
    return parameter != null ? parameter : BODY;
  }

  /** The JSON path of a Jackson mapping error. */
  static String of(List<JsonMappingException.Reference> references) {
    StringBuilder field = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        appendName(field, reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        field.append('[').append(reference.getIndex()).append(']');
      }
    }
    return field.length() > 0 ? field.toString() : BODY;
  }

  private static void appendIndex(StringBuilder field, Path.Node node) {
    if (!node.isInIterable()) {
      return;
    }
    Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
    field.append('[').append(at == null ? "" : at).append(']');
  }

  private static void appendName(StringBuilder field, String name) {
    if (field.length() > 0) {
      field.append('.');
    }
    field.append(name);
  }
}
