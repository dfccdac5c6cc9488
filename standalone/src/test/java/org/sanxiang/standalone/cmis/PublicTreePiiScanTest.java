package org.sanxiang.standalone.cmis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.model.QName;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.repo.cmis.CmisCaseRepository;
import org.sanxiang.repo.cmis.CmisDisclosureChannel;
import org.sanxiang.repo.cmis.DisclosureChannels;
import org.sanxiang.repo.cmis.RefusedPublicationException;
import org.sanxiang.rules.redaction.CaseIndividuals;
import org.sanxiang.rules.redaction.Redactor;
import org.sanxiang.workflow.port.Publication;

/**
 * Nothing private made public (issue #12 item 6; wuhan-2020 公示 第九条, chongqing-2024 公示 第十二条（二）,
 * third parties: chongqing-2024 全过程记录 第十五条, wuhan-2020 全过程记录 第二十九条). Generated cases —
 * random individuals, relatives named beside them, informants and witnesses, valid ID numbers, mobile
 * numbers, Luhn-valid bank cards, home addresses — are published through the real channel, wired as
 * the runtime wires it, into the embedded CMIS server over HTTP; then every property of every folder,
 * every version of every document and every content in the public tree is scanned for every secret.
 *
 * <p>The full text is redacted upstream as the drafting step does (the party and the party's address
 * only); the summary carries the decision's facts as written, so the names, relatives, third parties
 * and addresses in it reach the channel unredacted, as the Chongqing demo's 主要事实 did. A summary
 * with a valid ID, mobile or card is refused by the channel's screen, and must leave nothing behind.
 *
 * <p>Seeded: {@code -Dsanxiang.piiScan.seed=…} replays a run; every failure names the seed.
 */
class PublicTreePiiScanTest extends ChannelTest {

    static final int CASES = Integer.getInteger("sanxiang.piiScan.cases", 200);

    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余"
            + "杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
            + "戴莫孔向汤";
    static final List<String> COMPOUND = List.of("欧阳", "司马", "诸葛", "上官", "慕容");
    /** Given-name chars; none of them occurs in the fixed words of the texts, so a name found is a name leaked. */
    static final String GIVEN = "伟芳娜敏静丽磊洋勇艳杰娟涛超秀霞刚桂英兰梅琳婷倩颖萍琴雪燕鹏飞辉斌轩欣怡梓涵晨琪嘉瑶蕾薇岚翔";
    static final List<String> DISTRICTS = List.of("重庆市渝中区", "重庆市江北区", "武汉市江汉区", "银川市金凤区", "天津市和平区",
            "抚顺市顺城区");
    static final String ROADS = "民族解放建设人民中山新华胜利文化长江黄河";
    static final List<String> REGIONS = List.of("500103", "500105", "420103", "640104", "120101", "210411");
    static final List<String> UNITS = List.of("重庆市人力资源和社会保障局", "武汉市人力资源和社会保障局", "宁夏回族自治区人力资源和社会保障厅",
            "天津市人力资源和社会保障局", "抚顺市人力资源和社会保障局");
    static final List<String> KIN_CUES = List.of("之母", "之父", "之妻", "之夫", "之子", "之女", "其母", "其父", "其妻", "其夫",
            "其子", "其女", "其兄", "其弟", "其姐", "其妹", "配偶", "母亲", "父亲", "儿子", "女儿", "妻子", "丈夫");
    static final List<String> ROLES = List.of("举报人", "举报人：", "投诉人", "证人", "第三人", "见证人");
    static final String BASIS = "依据《中华人民共和国社会保险法》第八十八条、《劳动保障监察条例》第二十六条，本局决定：";


    /** One generated case: what goes into the case folder, what is published, and what must never be seen. */
    record GeneratedCase(Map<String, Object> folder, List<String> recordedThirdParties, List<String> witnesses,
            Publication publication, Publication correction, String correctionReason, boolean refused, Set<String> secrets) {
    }

    @Test
    @DisplayName("generated cases published through the channel: no name, relative, third party, ID, phone, card or address in any property or content of the public tree")
    void noGeneratedSecretReachesThePublicTree() {
        long seed = Long.getLong("sanxiang.piiScan.seed", new SecureRandom().nextLong());
        String replay = " (seed " + seed + ": replay with -Dsanxiang.piiScan.seed=" + seed + ")";
        Generator generate = new Generator(new Random(seed));
        ChannelFixture f = fixture(BindingType.BROWSER);
        Session session = f.session();
        String casesFolder = "cases-" + UUID.randomUUID().toString().substring(0, 8);
        session.getRootFolder().createFolder(Map.of("cmis:objectTypeId", "cmis:folder", "cmis:name", casesFolder));
        CmisCaseRepository cases = new CmisCaseRepository(session);

        Set<String> secrets = new LinkedHashSet<>();
        int published = 0;
        int corrected = 0;
        int refused = 0;
        try (CmisDisclosureChannel channel = f.channel(f.outbox(), DisclosureChannels.screen(cases),
                DisclosureChannels.publicTree(cases))) {
            for (int i = 0; i < CASES; i++) {
                GeneratedCase g = generate.next(i);
                secrets.addAll(g.secrets());
                String caseId = cases.createCase("/" + casesFolder, "case-" + i, g.folder());
                if (!g.recordedThirdParties().isEmpty()) {
                    cases.addAspect(caseId, p(SanxiangModel.ASPECT_CONFIDENTIAL_THIRD_PARTY), Map.of(
                            p(SanxiangModel.PROP_THIRD_PARTY_KINDS), List.of("whistleblower"),
                            p(SanxiangModel.PROP_THIRD_PARTY_NAMES), g.recordedThirdParties()));
                }
                if (!g.witnesses().isEmpty()) {
                    cases.createRecord(caseId, p(SanxiangModel.TYPE_TEXT_RECORD), "询问笔录-" + i + ".txt", Map.of(
                            p(SanxiangModel.PROP_STAGE), "investigation", p(SanxiangModel.PROP_WITNESSES), g.witnesses()));
                }
                Publication publication = withCase(g.publication(), caseId);
                if (g.refused()) {
                    assertThrows(RefusedPublicationException.class, () -> channel.publish(publication),
                            "a valid ID, mobile or card in the summary is refused" + replay);
                    refused++;
                    continue;
                }
                String id = channel.publish(publication);
                published++;
                if (g.correction() != null) {
                    channel.correct(id, withCase(g.correction(), caseId), g.correctionReason());
                    corrected++;
                }
            }
            assertTrue(channel.pending().isEmpty(), () -> "undelivered: " + channel.pending() + replay);
        }

        PublicTreeScan scan = PublicTreeScan.of(session, f.publicRoot);
        List<PublicTreeScan.Hit> hits = scan.find(secrets);
        System.out.printf("PII scan%s: %d cases (%d published, %d corrected, %d refused), %d secrets, %d objects, "
                + "%d document versions, %d strings read, %d hits%n", replay, CASES, published, corrected, refused,
                secrets.size(), scan.objects(), scan.versions(), scan.strings(), hits.size());
        assertEquals(List.of(), hits.stream().limit(20).toList(), hits.size() + " secrets found in the public tree" + replay);
        assertEquals(published + corrected, scan.versions(), "every published version was read" + replay);
        assertTrue(published >= CASES / 2, "most generated cases are published" + replay);
        assertTrue(scan.seen().stream().anyMatch(s -> s.value().contains(BASIS)),
                "the legal basis is published as written" + replay);
    }

    private static Publication withCase(Publication p, String caseId) {
        return new Publication(caseId, p.kind(), p.title(), p.summary(), p.redactedText(), p.displayUntil());
    }

    private static String p(QName name) {
        return name.toPrefixString();
    }

    /** Cases from one seeded random source. */
    static final class Generator {

        private final Random random;
        private final Set<String> used = new LinkedHashSet<>();

        Generator(Random random) {
            this.random = random;
        }

        GeneratedCase next(int i) {
            boolean individual = random.nextInt(4) > 0;
            Set<String> secrets = new LinkedHashSet<>();
            String party = individual ? name() : pick(List.of("重庆渝新", "武汉恒达", "宁夏聚才", "天津海河")) + "劳务有限公司";
            String address = address();
            String id = residentId();
            String phone = mobile();
            String card = card();
            secrets.addAll(List.of(phone, card));
            if (individual) { // an organisation's name and 住所 are published (chongqing-2024 公示 第十一条 行政相对人名称)
                secrets.addAll(List.of(party, id, address, address.substring(address.indexOf('区') + 1)));
            }
            List<String> relatives = names(1 + random.nextInt(2));
            List<String> recorded = names(random.nextInt(3));
            List<String> witnesses = names(random.nextInt(2));
            List<String> cued = names(random.nextInt(2));
            secrets.addAll(relatives);
            secrets.addAll(recorded);
            secrets.addAll(witnesses);
            secrets.addAll(cued);

            String caseNumber = "人社监罚〔2026〕" + (1000 + i) + "号";
            StringBuilder facts = new StringBuilder("经查，当事人").append(party);
            for (String relative : relatives) {
                facts.append(relativeClause(party, relative, individual));
            }
            for (String tp : recorded) {
                facts.append(random.nextBoolean() ? "，据" + tp + "反映" : "，" + pick(ROLES) + tp + "证实");
            }
            for (String w : witnesses) {
                facts.append("，经").append(w).append("作证");
            }
            for (String tp : cued) {
                facts.append("，").append(pick(ROLES)).append(tp).append(random.nextBoolean() ? "到场" : "，");
            }
            if (individual) {
                facts.append(random.nextBoolean() ? "，家住" + address : "，在" + address + "居住");
            }
            facts.append("，拖欠工资共计").append(10000 + random.nextInt(90000)).append("元。");
            String decision = BASIS + "一、责令改正；二、处罚款" + (5000 + random.nextInt(50000)) + "元。";
            String fullText = pick(UNITS) + "\n行政处罚决定书\n" + caseNumber + "\n当事人：" + party
                    + (individual ? "，公民身份号码 " + id + "，住址 " + address + "，联系电话 " + phone
                            : "，法定代表人联系电话 " + phone + "，住所 " + address)
                    + "。\n" + facts + "\n当事人用于领取的银行卡号为 " + card + "。\n" + decision;
            // the drafting step: the party and the party's address only (DraftDisclosure, wuhan-2020 公示 第九条)
            String redacted = new Redactor(individual ? new CaseIndividuals(List.of(party), List.of(address))
                    : CaseIndividuals.NONE).redact(fullText).redacted();
            boolean refused = random.nextInt(10) == 0;
            String summary = "主要事实：" + facts + (refused ? pick(List.of("联系电话 " + phone, "身份证号 " + id, "卡号 " + card)) : "")
                    + "\n执法依据：" + BASIS;
            String title = "行政处罚 " + caseNumber + (individual && random.nextBoolean() ? "（" + party + "）" : "");
            Publication publication = new Publication("", "penalty", title, summary,
                    random.nextInt(3) == 0 ? null : redacted, LocalDate.of(2029, 12, 31));
            Publication correction = null;
            String reason = null;
            if (random.nextInt(5) == 0) {
                String relative = name();
                secrets.add(relative);
                correction = new Publication("", "penalty", title, summary.replace("主要事实：", "主要事实（更正）：")
                        + "当事人" + party + "之妻" + relative + "另行处理。", publication.redactedText(), publication.displayUntil());
                reason = "更正：当事人" + party + "住址为" + address;
            }
            Map<String, Object> folder = new LinkedHashMap<>();
            folder.put(p(SanxiangModel.PROP_CASE_NUMBER), caseNumber);
            folder.put(p(SanxiangModel.PROP_CASE_NAME), party + "欠薪案");
            folder.put(p(SanxiangModel.PROP_JURISDICTION_PROFILE), "chongqing-2024");
            folder.put(p(SanxiangModel.PROP_ACTION_CATEGORY), "penalty");
            folder.put(p(SanxiangModel.PROP_PARTY_KIND), individual ? "individual" : "organisation");
            folder.put(p(SanxiangModel.PROP_PARTY_NAME), party);
            folder.put(p(SanxiangModel.PROP_PARTY_ADDRESS), address);
            if (individual) {
                folder.put(p(SanxiangModel.PROP_PARTY_ID_NUMBER), id);
            }
            return new GeneratedCase(folder, recorded, witnesses, publication, correction, reason, refused, secrets);
        }

        /** A relative beside the party: after a kinship cue, or a kin char right after the party's name. */
        private String relativeClause(String party, String relative, boolean individual) {
            return switch (random.nextInt(individual ? 4 : 2)) {
                case 0 -> "，其" + pick(List.of("母", "父", "妻", "夫", "子", "女")) + relative + pick(List.of("于2023年死亡", "在场", "，"));
                case 1 -> "，" + pick(KIN_CUES) + relative + pick(List.of("的社会保障卡", "因病去世", "称"));
                case 2 -> "，" + party + pick(KIN_CUES) + relative + "于2024年领取";
                default -> "，" + party + pick(List.of("妻", "子", "女", "母")) + relative + "亦在场";
            };
        }

        private List<String> names(int count) {
            List<String> names = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                names.add(name());
            }
            return names;
        }

        /** A fresh name: a common or compound surname and one or two given-name chars. */
        String name() {
            while (true) {
                String surname = random.nextInt(12) == 0 ? pick(COMPOUND)
                        : String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
                StringBuilder name = new StringBuilder(surname);
                for (int k = 1 + random.nextInt(2); k > 0; k--) {
                    name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
                }
                if (used.add(name.toString())) {
                    return name.toString();
                }
            }
        }

        String address() {
            return pick(DISTRICTS) + ROADS.charAt(random.nextInt(ROADS.length())) + ROADS.charAt(random.nextInt(ROADS.length()))
                    + "路" + (1 + random.nextInt(400)) + "号" + (1 + random.nextInt(9)) + "栋" + (1 + random.nextInt(6)) + "单元"
                    + (101 + random.nextInt(3000)) + "室";
        }

        /** An 18-digit resident ID with a real birth date and its ISO 7064 MOD 11-2 check digit (GB 11643). */
        String residentId() {
            LocalDate birth = LocalDate.of(1945, 1, 1).plusDays(random.nextInt(60 * 365));
            String first17 = pick(REGIONS) + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", random.nextInt(1000));
            int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
            int sum = 0;
            for (int k = 0; k < 17; k++) {
                sum += (first17.charAt(k) - '0') * weights[k];
            }
            return first17 + "10X98765432".charAt(sum % 11);
        }

        String mobile() {
            return "1" + (3 + random.nextInt(7)) + digits(9);
        }

        /** A bank card of 16–19 digits, issuer 62 (UnionPay), with its Luhn check digit. */
        String card() {
            String body = "62" + digits(13 + random.nextInt(4));
            int sum = 0;
            for (int k = body.length() - 1, pos = 0; k >= 0; k--, pos++) {
                int d = body.charAt(k) - '0';
                if (pos % 2 == 0) {
                    d *= 2;
                    if (d > 9) {
                        d -= 9;
                    }
                }
                sum += d;
            }
            return body + (10 - sum % 10) % 10;
        }

        private String digits(int n) {
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < n; k++) {
                s.append((char) ('0' + random.nextInt(10)));
            }
            return s.toString();
        }

        private <T> T pick(List<T> from) {
            return from.get(random.nextInt(from.size()));
        }
    }

    @Test
    @DisplayName("the generator's given-name chars occur in none of the fixed words, so a hit is a leak, not a coincidence")
    void generatedNamesCannotOccurByChance() {
        String fixed = String.join("", UNITS) + String.join("", DISTRICTS) + ROADS + BASIS + String.join("", KIN_CUES)
                + String.join("", ROLES) + "行政处罚决定书当事人公民身份号码住址联系电话法定代表人住所经查据反映证实经作证到场家住"
                + "在居住拖欠工资共计元银行卡号为用于领取一二责令改正处罚款主要事实更正执法依据之妻另行处理亦在场"
                + "于年死亡的社会保障卡因病去世称母父妻夫子女劳务有限公司重庆渝新武汉恒达宁夏聚才天津海河路号栋单元室人社监罚欠薪案";
        for (char c : GIVEN.toCharArray()) {
            assertFalse(fixed.indexOf(c) >= 0, () -> c + " occurs in the fixed words");
        }
        Generator g = new Generator(new Random(1));
        String card = g.card();
        assertTrue(card.length() >= 16 && card.length() <= 19 && luhn(card), card);
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int k = digits.length() - 1, pos = 0; k >= 0; k--, pos++) {
            int d = digits.charAt(k) - '0';
            if (pos % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
