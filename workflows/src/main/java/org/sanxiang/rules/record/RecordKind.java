package org.sanxiang.rules.record;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of record a stage may require (文字记录 / 音像记录 / 照相). */
public enum RecordKind {
    TEXT("text", "文字记录", "Text record"),
    AV("av", "音像记录（录音录像）", "Audio-video record"),
    PHOTO("photo", "照相", "Photograph");

    private final String code;
    private final String zhCN;
    private final String en;

    RecordKind(String code, String zhCN, String en) {
        this.code = code;
        this.zhCN = zhCN;
        this.en = en;
    }

    public String code() {
        return code;
    }

    public String label(String language) {
        return "en".equals(language) ? en : zhCN;
    }

    public static RecordKind fromCode(String code) {
        for (RecordKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("record kind '" + code + "' is not one of "
                + Arrays.stream(values()).map(RecordKind::code).collect(Collectors.joining("|")));
    }
}
