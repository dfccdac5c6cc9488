package org.sanxiang.repo.intake;

import org.apache.tika.metadata.Metadata;

/**
 * What the inspector found in one stored file: the media type detected from content, the raw Tika
 * metadata and the ISO media scan (either may be null), or the problem that made metadata
 * unavailable.
 */
record Inspection(String mediaType, Metadata tika, IsoMediaScan.Scan isoScan,
                  IntakeProblem problem, String detail) {

    static final String UNKNOWN_TYPE = "application/octet-stream";

    static Inspection found(String mediaType, Metadata tika, IsoMediaScan.Scan isoScan) {
        return new Inspection(mediaType, tika, isoScan, null, null);
    }

    static Inspection failed(String mediaType, IntakeProblem problem, String detail) {
        return new Inspection(mediaType == null ? UNKNOWN_TYPE : mediaType, null, null, problem, detail);
    }

    boolean available() {
        return problem == null;
    }
}
