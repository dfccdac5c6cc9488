package org.sanxiang.rules.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test fixture: a registry of the shipped profiles plus district profiles given as JSON text. */
public final class DistrictProfiles {

    private DistrictProfiles() {
    }

    /** The shipped profiles and one district profile {@code id} with {@code json}. */
    public static ProfileRegistry with(String id, String json) {
        try {
            Path dir = Files.createTempDirectory("sx-district");
            Path file = dir.resolve(id + ".json");
            Files.writeString(file, json, StandardCharsets.UTF_8);
            try {
                return ProfileRegistry.load(dir);
            } finally {
                Files.delete(file);
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
