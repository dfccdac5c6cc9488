package org.sanxiang.model.m2;

/** A model file that cannot be read as an M2 model; the message names the file and, when known, the line. */
public class ModelFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ModelFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    public ModelFormatException(String message) {
        super(message);
    }
}
