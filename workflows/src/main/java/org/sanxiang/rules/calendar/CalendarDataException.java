package org.sanxiang.rules.calendar;

/**
 * Calendar data that cannot be used. The message names the file and, where there is one, the
 * field (as a JSON path such as {@code years[2].workingDays[0].date}) and its line.
 */
public class CalendarDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CalendarDataException(String message) {
        super(message);
    }

    public CalendarDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
