package org.sanxiang.rules.record;

import org.sanxiang.rules.Term;
import org.sanxiang.rules.Termed;

/** The kinds of record a stage may require (文字记录 / 音像记录 / 照相). */
public enum RecordKind implements Termed {
    TEXT("text", "文字记录", "Text record"),
    AV("av", "音像记录（录音录像）", "Audio-video record"),
    PHOTO("photo", "照相", "Photograph");

    private final Term term;

    RecordKind(String code, String zhCN, String en) {
        this.term = new Term(code, zhCN, en);
    }

    @Override
    public Term term() {
        return term;
    }

    public static RecordKind fromCode(String code) {
        return Termed.fromCode(values(), code, "recordKind");
    }
}
