package org.sanxiang.rules.redaction;

import java.util.List;
import org.sanxiang.rules.Citation;

/**
 * What a redacted span held. The order is the tie-break when two detections cover exactly the same
 * text: the earlier kind wins. Labels are user-facing (zh_CN first, en second).
 */
public enum SpanKind {
    RESIDENT_ID("身份证号", "resident ID number", Group.IDENTITY, '*'),
    BANK_CARD("银行卡号", "bank card number", Group.PROPERTY, '*'),
    BANK_ACCOUNT("银行账号", "bank account number", Group.PROPERTY, '*'),
    MOBILE_PHONE("手机号码", "mobile number", Group.IDENTITY, '*'),
    LANDLINE_PHONE("固定电话", "landline number", Group.IDENTITY, '*'),
    EMAIL("电子邮箱", "e-mail address", Group.IDENTITY, '*'),
    PROPERTY_CERTIFICATE("不动产权属证书编号", "property certificate number", Group.PROPERTY, '＊'),
    LICENCE_PLATE("机动车号牌", "licence plate", Group.PROPERTY, '*'),
    THIRD_PARTY_NAME("第三人姓名", "name of a whistleblower, complainant, witness or other third party", Group.IDENTITY, '某'),
    PERSON_NAME("个人姓名", "name of an individual", Group.IDENTITY, '某'),
    HOME_ADDRESS("家庭住址", "home address", Group.IDENTITY, '＊'),
    PROPERTY_STATUS("财产状况", "property status", Group.PROPERTY, '＊');

    /** Wuhan lists two families: property information and identity information. */
    enum Group { PROPERTY, IDENTITY }

    private static final Citation WUHAN = Citation.of("wuhan-2020", "公示 第九条");
    private static final Citation CHONGQING_PRIVACY = Citation.of("chongqing-2024", "公示 第十二条（二）");
    private static final Citation CHONGQING_THIRD_PARTY = Citation.of("chongqing-2024", "全过程记录 第十五条");
    private static final Citation WUHAN_THIRD_PARTY = Citation.of("wuhan-2020", "全过程记录 第二十九条");

    private final String labelZh;
    private final String labelEn;
    private final Group group;
    private final char mask;

    SpanKind(String labelZh, String labelEn, Group group, char mask) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.group = group;
        this.mask = mask;
    }

    /**
     * The char every char of such a span becomes: {@code *} for numbers, {@code ＊} for Chinese
     * text, {@code 某} for a name's given name (a third party's whole name). One char per kind, so a mask shows no inner shape
     * (which chars were digits) beyond its length.
     */
    public char mask() {
        return mask;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /**
     * Why the kind is hidden: Wuhan 公示 第九条 lists it (银行账号、动产或者不动产权属证书编号、财产状况
     * 等财产信息；个人姓名、家庭住址、身份证号、通信方式等身份信息); Chongqing 公示 第十二条（二）withholds
     * personal privacy. A third party's name also cites the rule that even the party may not learn
     * it (举报人、投诉人以及其他第三人的信息: chongqing-2024 全过程记录 第十五条; wuhan-2020 全过程记录 第二十九条).
     */
    public List<Citation> citations() {
        return this == THIRD_PARTY_NAME ? List.of(WUHAN, CHONGQING_PRIVACY, CHONGQING_THIRD_PARTY, WUHAN_THIRD_PARTY)
                : List.of(WUHAN, CHONGQING_PRIVACY);
    }

    boolean isProperty() {
        return group == Group.PROPERTY;
    }
}
