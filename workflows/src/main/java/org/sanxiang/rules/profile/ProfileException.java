package org.sanxiang.rules.profile;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;

/** A profile file that cannot be read or makes no sense; the message names file and field. */
public class ProfileException extends RuntimeException {

    public ProfileException(String message) {
        super(message);
    }

    public ProfileException(String message, Throwable cause) {
        super(message, cause);
    }

    static String describe(Exception e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String path = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return "field '" + path + "': " + mapping.getOriginalMessage();
        }
        return e.getMessage();
    }
}
