package org.sanxiang.rules.record;

import org.sanxiang.rules.Citation;

/**
 * Two provisions of one document requiring different records at a stage, and the reading applied
 * (ningxia-2019 附件3 第八条 vs 附件4 第10项: 音像和文字 vs 录像、照相或文字).
 *
 * @param id       the conflict's key in the profile ({@code record.conflicts})
 * @param stricter true when the stricter reading applies (the default), false when a bureau chose the list's
 * @param listed   the list's article
 * @param other    the stricter article
 */
public record RecordConflict(String id, boolean stricter, Citation listed, Citation other, String note) {

    /** The article whose reading is applied. */
    public Citation applied() {
        return stricter ? other : listed;
    }
}
