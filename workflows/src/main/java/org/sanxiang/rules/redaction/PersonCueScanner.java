package org.sanxiang.rules.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the names a text marks as a person's by the words beside them, where the case file does not
 * list the person: a relative after a kinship cue (之母刘秀英, 其妻李娜, 母亲王芳, or 刘德明妻李娜 right
 * after a known individual) is a PERSON_NAME (个人姓名, wuhan-2020 公示 第九条); a whistleblower,
 * complainant or witness after a role word (举报人：张某某, 证人李四、王五) is a THIRD_PARTY_NAME, never
 * disclosed (chongqing-2024 全过程记录 第十五条; wuhan-2020 全过程记录 第二十九条).
 *
 * <p>A name is a compound surname or a common single surname followed by one or two given-name
 * chars; a given name stops at a particle that follows names in decision prose (的, 于, 在, 因 …).
 * The cue is what makes it a name: the same chars elsewhere (关系, 应当, 公司) are read only after a
 * cue, and a few words that a cue is often followed by are never names (其子公司, 亲属关系). A surname
 * outside the list after a cue is not found: the case's own individuals are, wherever they stand.
 */
final class PersonCueScanner {

    /** Kin words that name a relative by themselves (母亲刘秀英, 妻子李娜). */
    static final List<String> KIN_WORDS = List.of("母亲", "父亲", "儿子", "女儿", "妻子", "丈夫", "配偶", "哥哥",
            "弟弟", "姐姐", "妹妹", "兄长", "祖父", "祖母", "外祖父", "外祖母", "爷爷", "奶奶", "外婆", "孙子",
            "孙女", "外孙", "外孙女", "儿媳", "女婿", "岳父", "岳母", "公公", "婆婆", "继父", "继母", "养父", "养母",
            "近亲属", "亲属", "家属", "监护人", "法定代理人");

    /** Words that hold a kin word without naming a relative (妇女儿童 holds 女儿). */
    static final List<String> NOT_CUES = List.of("妇女儿童", "子女儿童");

    /** Kin chars that name a relative after 之 or 其 (之母, 其妻), or right after a known individual's name. */
    static final String KIN_CHARS = "母父妻夫子女兄弟姐妹婿媳孙侄甥";

    /** Role words before a third party's name (chongqing-2024 全过程记录 第十五条 举报人、投诉人以及其他第三人). */
    static final List<String> ROLE_WORDS = List.of("举报人", "投诉人", "证人", "见证人", "第三人", "知情人", "报案人",
            "控告人", "检举人");

    /** Words between a cue and the name: 其妻为李娜, 其母亲名叫刘秀英. */
    static final List<String> CONNECTORS = List.of("名叫", "叫做", "为", "是", "叫", "系");

    /**
     * Common single-char surnames (百家姓 as used today). Kin chars (母, 父, 子 …) are left out: after a
     * cue they start another kin word (其父母), not a name.
     */
    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋"
            + "蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚"
            + "邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符"
            + "舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪"
            + "简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛"
            + "仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚"
            + "花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌裘"
            + "亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植"
            + "衡富尧闭由";

    /**
     * Chars that end a given name: particles, and the first chars of verbs that follow a name in
     * decision prose (反映, 同住, 证实, 到场, 提供, 签字, 确认, 陈述 …). Masking one char too many is the safe
     * side; these keep the words after a short name readable.
     */
    static final String STOPS = "的了在于与和及等将因被把向从对称说去到亦也均并曾系是已之其这那此各每年月日为共现经未所"
            + "反同证提签确认表介作出告要领冒持拒死病参办申住";

    /** Words a cue is often followed by that are no name (其子公司, 亲属关系, 监护人应当). */
    static final Set<String> NOT_NAMES = Set.of("公司", "单位", "项目", "相关", "有关", "关系", "应当", "应该", "明确",
            "万元", "安全", "文件", "原因", "原件", "信息", "全部", "全体", "成员", "来源", "房屋", "车辆", "平台", "时间",
            "常住", "管理", "支付", "金额", "国家", "高度", "同意", "共同", "都是", "都在", "都已", "于是", "海关", "社会",
            "华侨", "居住", "居民", "居委会", "和睦", "代理", "代表", "司法", "利益", "宣传", "计算", "通知", "提供", "陆续");

    private final String text;
    private final List<Detection> out;
    private final boolean[] afterKnownName;
    private final int n;

    /**
     * @param knownNameEnds where a name of the case's individuals ends: a kin char right there is a
     *                      cue (刘德明妻李娜)
     */
    PersonCueScanner(String text, List<Detection> out, List<Integer> knownNameEnds) {
        this.text = text;
        this.out = out;
        this.n = text.length();
        this.afterKnownName = new boolean[n + 1];
        for (int end : knownNameEnds) {
            afterKnownName[end] = true;
        }
    }

    void scan() {
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c == '之' || c == '其') && i + 1 < n && KIN_CHARS.indexOf(text.charAt(i + 1)) >= 0) {
                names(i + 2, SpanKind.PERSON_NAME, "relative-after-kinship-cue", text.substring(i, i + 2));
            }
            if (afterKnownName[i] && KIN_CHARS.indexOf(c) >= 0) {
                names(i + 1, SpanKind.PERSON_NAME, "relative-after-known-individual", String.valueOf(c));
            }
            for (String word : KIN_WORDS) {
                if (word.charAt(0) == c && text.startsWith(word, i) && !insideNotCue(i, word)) {
                    names(i + word.length(), SpanKind.PERSON_NAME, "relative-after-kinship-cue", word);
                }
            }
            for (String word : ROLE_WORDS) {
                if (word.charAt(0) == c && text.startsWith(word, i)) {
                    names(i + word.length(), SpanKind.THIRD_PARTY_NAME, "third-party-after-role", word);
                }
            }
        }
    }

    /** The name after a cue ending at {@code from}, and the names listed after it with 、. */
    private void names(int from, SpanKind kind, String rule, String cue) {
        int p = skipConnector(skipSeparators(from));
        int end = nameEnd(text, p);
        while (end > 0) {
            out.add(new Detection(kind, p, end, rule, Confidence.MEDIUM, "a name after 「" + cue + "」",
                    Detection.Origin.LABEL));
            if (end >= n || text.charAt(end) != '、') {
                return;
            }
            p = end + 1;
            end = nameEnd(text, p);
        }
    }

    private boolean insideNotCue(int i, String word) {
        for (String notCue : NOT_CUES) {
            int at = notCue.indexOf(word);
            if (at >= 0 && i - at >= 0 && text.startsWith(notCue, i - at)) {
                return true;
            }
        }
        return false;
    }

    private int skipSeparators(int p) {
        int k = p;
        while (k < n && k - p < 2 && "：: \u3000".indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        return k;
    }

    private int skipConnector(int p) {
        for (String connector : CONNECTORS) {
            if (text.startsWith(connector, p) && nameEnd(text, p + connector.length()) > 0) {
                return skipSeparators(p + connector.length());
            }
        }
        return p;
    }

    /**
     * The end of a personal name starting at {@code p}, or -1: a compound or common surname, then one
     * or two given-name chars.
     */
    static int nameEnd(String text, int p) {
        int n = text.length();
        if (p >= n) {
            return -1;
        }
        for (String word : NOT_NAMES) {
            if (text.startsWith(word, p)) {
                return -1;
            }
        }
        int given;
        if (p + 2 < n && Redactor.COMPOUND_SURNAMES.contains(text.substring(p, p + 2)) && givenChar(text.charAt(p + 2))) {
            given = p + 2;
        } else if (SURNAMES.indexOf(text.charAt(p)) >= 0) {
            given = p + 1;
        } else {
            return -1;
        }
        int end = given;
        while (end < n && end - given < 2 && givenChar(text.charAt(end))) {
            end++;
        }
        return end > given ? end : -1;
    }

    private static boolean givenChar(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && STOPS.indexOf(c) < 0;
    }

    /** The known names' ends, for the cue right after a known individual. */
    static List<Integer> ends(List<Detection> known) {
        List<Integer> ends = new ArrayList<>();
        for (Detection d : known) {
            if (d.kind() == SpanKind.PERSON_NAME || d.kind() == SpanKind.THIRD_PARTY_NAME) {
                ends.add(d.end());
            }
        }
        return ends;
    }
}
