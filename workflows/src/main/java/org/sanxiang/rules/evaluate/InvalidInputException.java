package org.sanxiang.rules.evaluate;

/** Bad input, with the field at fault ({@code dates.decided}, {@code measures[1]}, ...). */
public class InvalidInputException extends IllegalArgumentException {

    private final String field;

    public InvalidInputException(String field, String problem) {
        super(field.isEmpty() ? problem : field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
