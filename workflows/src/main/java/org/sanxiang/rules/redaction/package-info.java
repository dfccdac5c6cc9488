/**
 * Redaction of the full text of an enforcement decision before it is disclosed.
 *
 * <p>What is hidden: Wuhan 公示 第九条 — when the decision document itself is published, hide
 * 银行账号、动产或者不动产权属证书编号、单位或者个人财产状况 (property information) and 个人姓名、家庭住址、
 * 身份证号、通信方式 (identity information); Chongqing 公示 第十二条（二）withholds personal privacy.
 * Every span carries both citations. An organisation's name and 统一社会信用代码 are published and
 * never redacted; a valid USCC (GB 32100 MOD 31 check) is recognised as such and skipped.
 *
 * <p>Decisions, in short (the reasons are in the classes):
 * <ul>
 * <li><b>Offsets</b> are UTF-16 char indexes of the original Java String, end exclusive. The
 *     redacted text has the same length in chars, so the same offsets address it.</li>
 * <li><b>Masks</b> keep the length: each char of a number (ID, phone, card, account, e-mail, plate)
 *     becomes {@code *}, each char of a text (address, certificate, property status) {@code ＊} — the
 *     form Chinese disclosure pages use ("身份证号：******************"); one mask char per kind, so the
 *     mask shows no inner shape (where the digits were) beyond its length. A person's name keeps the
 *     surname and the rest becomes 某 (张三 → 张某, 欧阳修 → 欧阳某), the convention of published
 *     judgments; Wuhan 公示 第九条 asks to hide the real name (隐去真实姓名), and 张某 does. Names that
 *     are not all Han (买买提·艾力) become 某 throughout. A span trimmed by an overlap is all {@code ＊}. A char outside the BMP (a surrogate pair)
 *     becomes two mask chars.</li>
 * <li><b>The log never holds the hidden text</b>, nor a hash of it: an ID or phone number has so
 *     few possible values that an unsalted hash is reversed by trying them all. The log holds kind,
 *     offsets, rule, citations, confidence and the signal behind it; whoever holds the original
 *     can read the span from the offsets.</li>
 * <li><b>Confidence never filters</b>: whatever a rule finds is hidden. A resident ID whose ISO 7064
 *     MOD 11-2 check digit fails (a typo, or an altered number) is still hidden, with MEDIUM
 *     confidence and the reason in {@code basis}; a bank card whose Luhn check fails is hidden with
 *     LOW (MEDIUM after an account label) confidence.</li>
 * <li><b>Individuals of the case</b> are passed in ({@link org.sanxiang.rules.redaction.CaseIndividuals}).
 *     Names are found exactly, also with spaces between chars (张　三); a given name alone is not
 *     searched (too many false hits). Addresses are found exactly and as their tails without leading
 *     divisions (江北区建新北路88号3栋 for 重庆市江北区建新北路88号3栋); any value after a 住址 label is
 *     hidden too. Third parties (举报人、投诉人、证人 …) are hidden whole, surname too: even the party may
 *     not learn them (chongqing-2024 全过程记录 第十五条; wuhan-2020 全过程记录 第二十九条).</li>
 * <li><b>People the file does not list</b> are found by the words beside them: a relative after a
 *     kinship cue (之母, 其妻, 母亲 …, or a kin char right after a known individual: 刘德明妻), a third party
 *     after a role word (举报人, 证人 …); the name is a known surname and one or two given-name chars.
 *     The same chars without a cue are never read as a name, so the decision's own words stay.</li>
 * <li><b>Property status</b> can be found from text only after a label: amounts after 存款/余额/收入
 *     and the value after 财产状况. Amounts of the decision itself (罚款, 违法所得, 拖欠工资) stay: they
 *     are its content.</li>
 * <li><b>Overlaps</b> resolve deterministically. A label's value (住址, 财产状况, an amount after 存款)
 *     runs to the next stop char, so its end is a guess: it is first cut around any span of another
 *     kind found by its own shape, and a valid ID after 现住 is an ID, not an address; the pieces
 *     left stay hidden with the value's kind. Then by start, longer first, then kind order; a span
 *     inside another is dropped, a crossing span is trimmed to what is not yet hidden. Names and
 *     addresses known to the case do not cut a label value (住址：张三村 stays one address).</li>
 * </ul>
 */
package org.sanxiang.rules.redaction;
