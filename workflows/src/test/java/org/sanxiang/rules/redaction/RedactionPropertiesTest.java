package org.sanxiang.rules.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of redaction under wuhan-2020 公示 第九条: outside the reported spans nothing changes,
 * inside them nothing survives, and the checks behind the rules hold for generated numbers.
 */
@Label("Redaction properties — wuhan-2020 公示 第九条")
class RedactionPropertiesTest {

    static final String HAN = "的是不在人有我他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持音跑";

    static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    static final int[] W = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static final String USCC_SET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int[] UW = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** The MOD 11-2 check digit, computed here independently of the production code. */
    static String withIdCheck(String first17) {
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (first17.charAt(k) - '0') * W[k];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    static String withUsccCheck(String first17) {
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += USCC_SET.indexOf(first17.charAt(k)) * UW[k];
        }
        return first17 + USCC_SET.charAt((31 - sum % 31) % 31);
    }

    @Provide
    Arbitrary<String> chinese() {
        return Arbitraries.strings().withChars(HAN + "，。；：、（）").ofMinLength(0).ofMaxLength(30);
    }

    @Provide
    Arbitrary<String> validIds() {
        Arbitrary<String> region = Arbitraries.of("110105", "500105", "420106", "440305", "640104", "120101", "210402");
        Arbitrary<LocalDate> birth = Arbitraries.longs().between(0, 70 * 365)
                .map(d -> LocalDate.of(1940, 1, 1).plusDays(d));
        Arbitrary<Integer> sequence = Arbitraries.integers().between(0, 999);
        return Combinators.combine(region, birth, sequence)
                .as((r, b, s) -> withIdCheck(r + b.format(YYYYMMDD) + String.format("%03d", s)));
    }

    @Provide
    Arbitrary<String> letterUsccs() {
        Arbitrary<String> body = Arbitraries.strings().withChars(USCC_SET).ofLength(9)
                .filter(s -> s.chars().anyMatch(Character::isLetter));
        Arbitrary<String> kind = Arbitraries.of("91", "92", "93", "11", "12", "51", "52", "Y1");
        Arbitrary<String> region = Arbitraries.of("500105", "420100", "110000", "640100");
        return Combinators.combine(kind, region, body).as((k, r, b) -> withUsccCheck(k + r + b));
    }

    @Provide
    Arbitrary<String> mixedText() {
        Arbitrary<String> fragment = Arbitraries.oneOf(chinese(), validIds(), letterUsccs(),
                Arbitraries.strings().withChars("0123456789 -+()@.xX").ofMaxLength(24),
                Arbitraries.of("身份证号：", "联系电话：", "账号：", "住址：", "存款", "渝A", "不动产权第", "国用(2010)第",
                        "13812345678", "6222021234567890128", "a@b.cn", "统一社会信用代码："));
        return fragment.list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    @Property(tries = 400)
    @Label("nothing outside the reported spans changes; spans are ordered, disjoint and masked (a name keeps its surname)")
    void outsideSpansUnchangedInsideMasked(@ForAll("mixedText") String text) {
        RedactionResult r = Redactor.patternsOnly().redact(text);
        assertEquals(text.length(), r.redacted().length());
        int last = 0;
        for (RedactedSpan s : r.spans()) {
            assertTrue(s.start() >= last && s.end() <= text.length(), s::toString);
            assertEquals(text.substring(last, s.start()), r.redacted().substring(last, s.start()));
            // 隐去真实姓名 keeps the surname (赵某某, wuhan-2020 公示 第九条): one char, two for a compound one
            int kept = s.kind() == SpanKind.PERSON_NAME && r.redacted().charAt(s.start()) != Redactor.TRIMMED_MASK
                    ? keptSurname(text.substring(s.start(), s.end())) : 0;
            assertEquals(text.substring(s.start(), s.start() + kept), r.redacted().substring(s.start(), s.start() + kept));
            for (int k = s.start() + kept; k < s.end(); k++) {
                char c = r.redacted().charAt(k);
                assertTrue(c == s.kind().mask() || c == Redactor.TRIMMED_MASK, () -> "unmasked at " + s);
            }
            last = s.end();
        }
        assertEquals(text.substring(last), r.redacted().substring(last));
        assertEquals(r, Redactor.patternsOnly().redact(text), "redaction is deterministic");
    }

    /** The surname a masked name keeps: two chars for a compound surname in a longer name, else one. */
    static int keptSurname(String name) {
        return name.length() > 2 && Redactor.COMPOUND_SURNAMES.contains(name.substring(0, 2)) ? 2 : 1;
    }

    /**
     * Words that end right before an ID in real decisions: address labels (whose value runs to the
     * next stop char and once swallowed the ID: "现住11010519400101000X的" came out HOME_ADDRESS),
     * ID labels, and the income label whose amount ends at 元. "" keeps the plain case.
     */
    @Provide
    Arbitrary<String> cuesBeforeId() {
        return Arbitraries.of("", "住址", "住址：", "现住", "现住址", "现住址为", "家住", "家庭住址：", "户籍地",
                "户籍地址", "户籍所在地：", "经常居住地", "居住地在", "身份证号：", "年收入", "存款");
    }

    /** What follows an ID: a Chinese word, or 号/，/元 (元 makes it look like an amount after 年收入). */
    @Provide
    Arbitrary<String> afterId() {
        return Combinators.combine(Arbitraries.of("", "号", "，", "的", "元", "号，"), chinese()).as(String::concat);
    }

    @Provide
    Arbitrary<String> beforeId() {
        return Combinators.combine(chinese(), cuesBeforeId()).as(String::concat);
    }

    @Property(tries = 300)
    @Label("a valid 18-digit ID is always hidden whole as an ID, HIGH, after any words (address cues too)")
    void validIdsAreAlwaysHidden(@ForAll("beforeId") String before, @ForAll("validIds") String id,
            @ForAll("afterId") String after) {
        String text = before + id + after;
        RedactionResult r = Redactor.patternsOnly().redact(text);
        int at = before.length();
        RedactedSpan s = r.spans().stream().filter(x -> x.start() <= at && x.end() >= at + 18).findFirst()
                .orElseThrow(() -> new AssertionError("ID not covered: " + r.spans()));
        assertEquals(SpanKind.RESIDENT_ID, s.kind(), () -> text + " " + r.spans());
        assertEquals(Confidence.HIGH, s.confidence());
        assertEquals(at, s.start(), "the ID span is the ID, no more");
        assertEquals(at + 18, s.end(), "the ID span is the ID, no more");
        assertEquals("*".repeat(18), r.redacted().substring(at, at + 18));
    }

    @Property(tries = 300)
    @Label("a USCC with letters is never hidden (organisations are published)")
    void usccIsNeverHidden(@ForAll("chinese") String before, @ForAll("letterUsccs") String uscc,
            @ForAll("chinese") String after) {
        RedactionResult r = Redactor.patternsOnly().redact(before + uscc + after);
        assertTrue(r.redacted().contains(uscc), r.redacted());
    }

    @Example
    @Label("an address label's value stops at an organisation's USCC (found by usccIsNeverHidden)")
    void addressValueStopsAtUscc() {
        assertEquals("家住9150010500000000AH", Redactor.patternsOnly().redact("家住9150010500000000AH").redacted());
        String redacted = Redactor.patternsOnly().redact("住址：重庆市渝北区新南路1号 9150010500000000AH").redacted();
        assertTrue(redacted.endsWith(" 9150010500000000AH") && !redacted.contains("新南路"), redacted);
    }

    @Property(tries = 300)
    @Label("ISO 7064 MOD 11-2 catches every single-digit change of a valid ID")
    void singleDigitChangesFailTheCheck(@ForAll("validIds") String id,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 16) int position,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 9) int delta) {
        char changed = (char) ('0' + (id.charAt(position) - '0' + delta) % 10);
        String altered = id.substring(0, position) + changed + id.substring(position + 1);
        assertTrue(IdentityChecks.idCheckValid(id, 0));
        assertFalse(IdentityChecks.idCheckValid(altered, 0));
    }

    @Property(tries = 200)
    @Label("names of the case keep their surname and nothing else (wuhan-2020 公示 第九条 隐去真实姓名)")
    void namesKeepOnlyTheSurname(@ForAll("chinese") String before,
            @ForAll("givenNames") String given, @ForAll("chinese") String after) {
        String name = "赵" + given;
        Redactor redactor = new Redactor(new CaseIndividuals(List.of(name), List.of()));
        String text = before + "。" + name + "。" + after;
        RedactionResult r = redactor.redact(text);
        int at = before.length() + 1;
        assertEquals("赵" + "某".repeat(given.length()), r.redacted().substring(at, at + name.length()));
    }

    @Provide
    Arbitrary<String> givenNames() {
        return Arbitraries.strings().withChars("一二伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞").ofMinLength(1).ofMaxLength(2);
    }

    /** The hundred commonest surnames, written here independently of the production list. */
    static final String COMMON_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余"
            + "杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃"
            + "武戴莫孔向汤";

    /** Given-name chars in common use. */
    static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文红玉兰志新宇浩然子轩欣怡梓涵晨佳琪";

    @Provide
    Arbitrary<String> personNames() {
        Arbitrary<String> surname = Arbitraries.oneOf(
                Arbitraries.of(COMMON_SURNAMES.chars().mapToObj(c -> String.valueOf((char) c)).toList()),
                Arbitraries.of("欧阳", "司马", "诸葛", "上官"));
        return Combinators.combine(surname, Arbitraries.strings().withChars(GIVEN).ofMinLength(1).ofMaxLength(2))
                .as(String::concat);
    }

    @Provide
    Arbitrary<String> cues() {
        return Arbitraries.of("之母", "之父", "之妻", "之夫", "之子", "之女", "其母", "其父", "其妻", "其夫", "其子", "其女",
                "其兄", "其弟", "其姐", "其妹", "配偶", "母亲", "父亲", "儿子", "女儿", "妻子", "丈夫", "举报人", "举报人：",
                "投诉人", "证人", "第三人", "见证人");
    }

    /** What may follow a name: punctuation, a particle, or the end of the text. */
    @Provide
    Arbitrary<String> afterName() {
        return Combinators.combine(Arbitraries.of("", "，", "。", "（", "于", "在", "的", "因", "、", "反映", "证实"), chinese())
                .as(String::concat);
    }

    @Property(tries = 400)
    @Label("a relative or third party named after a cue never survives, whatever surrounds it (wuhan-2020 公示 第九条; chongqing-2024 全过程记录 第十五条)")
    void namesAfterCuesNeverSurvive(@ForAll("chinese") String before, @ForAll("cues") String cue,
            @ForAll("personNames") String name, @ForAll("afterName") String after) {
        String text = before + "。当事人" + cue + name + after;
        String out = Redactor.patternsOnly().redact(text).redacted();
        int at = before.length() + 4 + cue.length();
        String surname = name.length() > 2 && Redactor.COMPOUND_SURNAMES.contains(name.substring(0, 2))
                ? name.substring(0, 2) : name.substring(0, 1);
        for (int k = at + surname.length(); k < at + name.length(); k++) {
            assertEquals('某', out.charAt(k), () -> "given name survives in " + out);
        }
    }
}
