package org.sanxiang.standalone.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The console's words in zh_CN and en: its own bundle ({@code messages/console*.properties}) over the Share
 * module's ({@code sanxiang-share*.properties}: the set labels Share shows). A missing key shows as itself.
 */
public final class ConsoleMessages {

    private final Properties zh = new Properties();
    private final Properties en = new Properties();

    public ConsoleMessages() {
        String share = ShareFormConfig.RESOURCE_ROOT + "web-extension/messages/sanxiang-share";
        load(en, share + ".properties");
        load(en, share + "_en.properties");
        load(zh, share + ".properties");
        load(zh, share + "_zh_CN.properties");
        String own = "org/sanxiang/standalone/console/messages/console";
        load(en, own + ".properties");
        load(zh, own + ".properties");
        load(zh, own + "_zh_CN.properties");
    }

    private static void load(Properties into, String resource) {
        try (InputStream in = ConsoleMessages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            // UTF-8: Share's files are \\u-escaped ASCII, the console's are UTF-8; both read the same
            into.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    public String get(String key, boolean chinese) {
        String v = (chinese ? zh : en).getProperty(key);
        return v == null ? key : v;
    }

    public boolean has(String key) {
        return en.containsKey(key) || zh.containsKey(key);
    }

    /** The message with {0}, {1}, ... replaced by the arguments (no other syntax: apostrophes stay). */
    public String format(String key, boolean chinese, Object... args) {
        String text = get(key, chinese);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
