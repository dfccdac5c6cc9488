package org.sanxiang.standalone.runtime;

/**
 * A dataset the sandbox loads at start (the demo dataset). Found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.sanxiang.standalone.runtime.StartupDataset}) or handed to the
 * runtime's constructor; with none, the sandbox starts empty. Never loaded in connected mode.
 */
public interface StartupDataset {

    /** A short name for the start-up log. */
    String name();

    /** Loads the dataset through the service; a failure stops the start with its message. */
    void load(SanxiangService service);
}
