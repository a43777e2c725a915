package org.sdghub.platform.internal.problem;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.sdghub.platform.InvalidInput;
import org.sdghub.platform.ProblemException;
import org.sdghub.platform.StrictJson;

/**
 * Looks at a request body before anything reads it, whoever reads it (Jackson, a merge patch read
 * as text, a CSV upload): text must be valid UTF-8 without NUL characters, and JSON must be one
 * well-formed value, nested at most {@link StrictJson#MAX_DEPTH} deep, without duplicate keys,
 * unpaired surrogates, numbers beyond any range, strings longer than {@link
 * StrictJson#MAX_STRING_LENGTH} or arrays of more than {@link StrictJson#MAX_ARRAY_ITEMS} items.
 * PostgreSQL refuses NUL in text, and Java would silently replace invalid bytes, so both are
 * stopped here as a 400 naming the field.
 */
final class BodyScreen {

  /** Beyond this a number's exponent names no value any field holds (a double ends at 308). */
  private static final int MAX_EXPONENT = 400;

  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(StrictJson.MAX_DEPTH).build())
          .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private BodyScreen() {}

  /** Whether bodies of this type are screened at all. */
  static boolean applies(MediaType type) {
    return type != null && (isJson(type) || "text".equalsIgnoreCase(type.getType()));
  }

  static boolean isJson(MediaType type) {
    String subtype = type.getSubtype().toLowerCase(java.util.Locale.ROOT);
    return "application".equalsIgnoreCase(type.getType())
        && (subtype.equals("json") || subtype.endsWith("+json"));
  }

  /** Throws the 400 problem {@code body} deserves, or returns when it may be read. */
  static void check(byte[] body, MediaType type) {
    if (isJson(type) || declaresUtf8OrNothing(type)) {
      requireUtf8(body);
    }
    if (isJson(type)) {
      checkJson(
          body, type.getSubtype().toLowerCase(java.util.Locale.ROOT).equals("merge-patch+json"));
    } else {
      for (byte b : body) {
        if (b == 0) {
          throw new InvalidInput(FieldPaths.BODY, nulMessage());
        }
      }
    }
  }

  private static boolean declaresUtf8OrNothing(MediaType type) {
    String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
    return charset == null || charset.equalsIgnoreCase("utf-8") || charset.equalsIgnoreCase("utf8");
  }

  private static void requireUtf8(byte[] body) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.wrap(body);
    try {
      decoder.decode(bytes);
    } catch (MalformedInputException e) {
      throw new NotUtf8(bytes.position());
    } catch (CharacterCodingException e) {
      throw new NotUtf8(bytes.position());
    }
  }

  private static void checkJson(byte[] body, boolean mergePatch) {
    try (JsonParser parser = JSON.createParser(body)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return; // an empty body: the reader's own rule (a body is required) answers it
      }
      if (mergePatch && first != JsonToken.START_OBJECT) {
        throw new InvalidInput(
            FieldPaths.BODY, "must be a JSON object of the fields to change (a merge patch)");
      }
      int depth = first.isStructStart() ? 1 : 0;
      while (depth > 0) {
        JsonToken token = parser.nextToken();
        if (token == null) {
          break; // Jackson reports the unclosed value itself
        }
        if (token != JsonToken.END_ARRAY && token != JsonToken.END_OBJECT) {
          checkArrayLength(parser, token);
        }
        if (token.isStructStart()) {
          depth++;
        } else if (token.isStructEnd()) {
          depth--;
        } else {
          checkToken(parser, token);
        }
      }
      if (depth == 0 && first.isScalarValue()) {
        checkToken(parser, first);
      }
      if (parser.nextToken() != null) {
        throw new MalformedBody(
            "The request body has more after its JSON value at "
                + where(parser.currentTokenLocation())
                + "; send one JSON value.");
      }
    } catch (StreamConstraintsException e) {
      throw new MalformedBody(
          "The request body nests objects and arrays more than " + StrictJson.MAX_DEPTH + " deep.");
    } catch (JsonParseException e) {
      String detail =
          e.getMessage() != null && e.getMessage().startsWith("Duplicate field")
              ? "The request body names the same field twice at "
              : "The request body is not valid JSON at ";
      throw new MalformedBody(detail + where(e.getLocation()) + ".");
    } catch (IOException e) {
      throw new MalformedBody("The request body is not valid JSON.");
    }
  }

  /** Refuses an item beyond the most an array may hold. */
  private static void checkArrayLength(JsonParser parser, JsonToken token) {
    JsonStreamContext context = parser.getParsingContext();
    if (token.isStructStart()) {
      // The new array or object is the context now: its container holds it as an item.
      context = context.getParent();
    }
    if (context != null
        && context.inArray()
        && context.getCurrentIndex() >= StrictJson.MAX_ARRAY_ITEMS) {
      String path = field(parser, token);
      throw new InvalidInput(
          path.substring(0, path.lastIndexOf('[')),
          "has more than " + StrictJson.MAX_ARRAY_ITEMS + " items");
    }
  }

  private static void checkToken(JsonParser parser, JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_STRING && parser.getTextLength() > StrictJson.MAX_STRING_LENGTH) {
      throw new InvalidInput(
          field(parser, token), "is longer than " + StrictJson.MAX_STRING_LENGTH + " characters");
    }
    if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
      char[] text = parser.getTextCharacters();
      int end = parser.getTextOffset() + parser.getTextLength();
      for (int i = parser.getTextOffset(); i < end; i++) {
        char c = text[i];
        if (c == 0) {
          throw new InvalidInput(field(parser, token), nulMessage());
        }
        if (Character.isSurrogate(c)) {
          boolean paired =
              Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text[i + 1]);
          if (!paired) {
            throw new InvalidInput(
                field(parser, token),
                "contains an unpaired surrogate (a \\u escape of half a character)");
          }
          i++;
        }
      }
    } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      String number = parser.getText();
      int e = Math.max(number.indexOf('e'), number.indexOf('E'));
      if (e >= 0) {
        String exponent = number.substring(e + 1);
        if (exponent.length() > 4 || Math.abs(Integer.parseInt(exponent)) > MAX_EXPONENT) {
          throw new InvalidInput(field(parser, token), "is a number out of any range");
        }
      }
    }
  }

  private static String nulMessage() {
    return "contains the character U+0000 (NUL), which text may not contain";
  }

  /** The field the current token belongs to, as {@code name.en} or {@code locations[0]}. */
  private static String field(JsonParser parser, JsonToken token) {
    Deque<String> parts = new ArrayDeque<>();
    JsonStreamContext context = parser.getParsingContext();
    if (token == JsonToken.FIELD_NAME) {
      // The name itself is at fault: name the object it is in, or the body.
      context = context.getParent();
    }
    for (; context != null && !context.inRoot(); context = context.getParent()) {
      if (context.inArray()) {
        parts.push("[" + Math.max(context.getCurrentIndex(), 0) + "]");
      } else if (context.getCurrentName() != null) {
        parts.push("." + context.getCurrentName());
      }
    }
    String path = String.join("", parts);
    path = path.startsWith(".") ? path.substring(1) : path;
    return path.isEmpty() ? FieldPaths.BODY : path;
  }

  private static String where(JsonLocation at) {
    if (at == null || at.getLineNr() < 0) {
      return "its start";
    }
    return "line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  /** Answers 400: the body is not well-formed JSON, saying where. */
  static final class MalformedBody extends ProblemException {
    MalformedBody(String detail) {
      super(400, "malformed-json", "Malformed JSON", detail, Map.of());
    }
  }

  /** Answers 400: the body's bytes are not UTF-8, saying at which byte. */
  static final class NotUtf8 extends ProblemException {
    NotUtf8(int offset) {
      super(
          400,
          "invalid-encoding",
          "The request body is not UTF-8",
          "The request body is not valid UTF-8 at byte " + offset + "; send text encoded as UTF-8.",
          Map.of());
    }
  }
}
