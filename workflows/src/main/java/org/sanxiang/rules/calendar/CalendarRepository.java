package org.sanxiang.rules.calendar;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Holds the calendar in force: the shipped data with the administrator's override file merged over
 * it. {@link #reload()} reads the override again (the next year's notice appears each November)
 * and tells the listeners which years changed, so that running deadlines and timers are recomputed.
 *
 * <p>A missing override file means "no override". A bad override file is refused with a
 * {@link CalendarDataException} naming the file, field and line; at construction that is fatal, on
 * reload the calendar in force stays as it was.
 */
public final class CalendarRepository {

    private final CalendarData shipped;
    private final Path overrideFile;
    private final List<Consumer<CalendarDataChange>> listeners = new CopyOnWriteArrayList<>();
    private volatile HolidayCalendar current;

    /** The shipped data, with the override file (if given and present) merged over it. */
    public CalendarRepository(Path overrideFile) {
        this(HolidayCalendar.shipped().data(), overrideFile);
    }

    /** Given base data (for tests and tools), with the override file merged over it. */
    public CalendarRepository(CalendarData shipped, Path overrideFile) {
        this.shipped = Objects.requireNonNull(shipped, "shipped");
        this.overrideFile = overrideFile;
        this.current = load();
    }

    /** The calendar in force. */
    public HolidayCalendar current() {
        return current;
    }

    public Optional<Path> overrideFile() {
        return Optional.ofNullable(overrideFile);
    }

    /** Listeners hear of every reload that changed something, after the new calendar is in force. */
    public void addListener(Consumer<CalendarDataChange> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Consumer<CalendarDataChange> listener) {
        listeners.remove(listener);
    }

    /**
     * Reads the override file again. When the result differs from the calendar in force, it takes
     * its place and the listeners are told which years changed.
     *
     * @return the change (possibly empty)
     * @throws CalendarDataException when the override is bad; the calendar in force is kept
     */
    public synchronized CalendarDataChange reload() {
        HolidayCalendar previous = current;
        HolidayCalendar next = load();
        CalendarDataChange change = CalendarDataChange.between(previous, next);
        current = next;
        if (!change.isEmpty()) {
            for (Consumer<CalendarDataChange> l : listeners) {
                l.accept(change);
            }
        }
        return change;
    }

    private HolidayCalendar load() {
        if (overrideFile == null || !Files.exists(overrideFile)) {
            return HolidayCalendar.of(shipped);
        }
        return HolidayCalendar.of(shipped.mergedWith(CalendarDataReader.read(overrideFile)));
    }
}
